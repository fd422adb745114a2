//! Countries: their names, official names and abbreviations, capitals and seats of government
//! used as metonyms ("Pyongyang", "the Kremlin"), and the adjectives of nationality.
//!
//! Written for Parallax from general knowledge (UN member states and a few other places news
//! names often). Naming and claim alignment use it so that "Pyongyang", "the DPRK" and
//! "North Korea" count as one actor. Adjectives shared by several countries ("Korean",
//! "Congolese") are left out on purpose: they cannot say which country is meant.
//!
//! Lookup is by lowercase words joined with single spaces, apostrophes folded to `'` and
//! periods inside abbreviations removed ("u.s." → "us").

use std::sync::OnceLock;

use crate::hash::FastMap;

/// How a form names its country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceForm {
    /// The common or official name, or an abbreviation of it ("North Korea", "DPRK").
    Name,
    /// The capital or a seat of government standing for the state ("Pyongyang", "Kremlin").
    Capital,
    /// The adjective of nationality ("North Korean").
    Adjective,
}

/// A country found by one of its forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// ISO-style two-letter code, stable across forms.
    pub code: &'static str,
    /// The common English name ("North Korea").
    pub name: &'static str,
    pub form: PlaceForm,
}

/// `code|names;…|capitals and seats;…|adjectives;…` — the first name is the common one.
const TABLE: &[&str] = &[
    "AF|Afghanistan|Kabul|Afghan",
    "AL|Albania|Tirana|Albanian",
    "DZ|Algeria|Algiers|Algerian",
    "AD|Andorra|Andorra la Vella|Andorran",
    "AO|Angola|Luanda|Angolan",
    "AG|Antigua and Barbuda|St John's|Antiguan",
    "AR|Argentina|Buenos Aires|Argentine;Argentinian",
    "AM|Armenia|Yerevan|Armenian",
    "AU|Australia|Canberra|Australian",
    "AT|Austria|Vienna|Austrian",
    "AZ|Azerbaijan|Baku|Azerbaijani",
    "BS|Bahamas|Nassau|Bahamian",
    "BH|Bahrain|Manama|Bahraini",
    "BD|Bangladesh|Dhaka|Bangladeshi",
    "BB|Barbados|Bridgetown|Barbadian",
    "BY|Belarus|Minsk|Belarusian",
    "BE|Belgium|Brussels|Belgian",
    "BZ|Belize|Belmopan|Belizean",
    "BJ|Benin|Porto-Novo|Beninese",
    "BT|Bhutan|Thimphu|Bhutanese",
    "BO|Bolivia|La Paz;Sucre|Bolivian",
    "BA|Bosnia and Herzegovina;Bosnia|Sarajevo|Bosnian",
    "BW|Botswana|Gaborone|Botswanan",
    "BR|Brazil|Brasilia;Brasília|Brazilian",
    "BN|Brunei|Bandar Seri Begawan|Bruneian",
    "BG|Bulgaria|Sofia|Bulgarian",
    "BF|Burkina Faso|Ouagadougou|Burkinabe",
    "BI|Burundi|Gitega|Burundian",
    "CV|Cape Verde;Cabo Verde|Praia|Cape Verdean",
    "KH|Cambodia|Phnom Penh|Cambodian",
    "CM|Cameroon|Yaounde;Yaoundé|Cameroonian",
    "CA|Canada|Ottawa|Canadian",
    "CF|Central African Republic|Bangui|",
    "TD|Chad|N'Djamena|Chadian",
    "CL|Chile|Santiago|Chilean",
    "CN|China;People's Republic of China;PRC|Beijing;Zhongnanhai|Chinese",
    "CO|Colombia|Bogota;Bogotá|Colombian",
    "KM|Comoros|Moroni|Comoran",
    "CG|Republic of the Congo;Congo-Brazzaville|Brazzaville|",
    "CD|Democratic Republic of the Congo;DRC;DR Congo;Congo-Kinshasa|Kinshasa|",
    "CR|Costa Rica|San Jose;San José|Costa Rican",
    "CI|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Yamoussoukro;Abidjan|Ivorian",
    "HR|Croatia|Zagreb|Croatian",
    "CU|Cuba|Havana|Cuban",
    "CY|Cyprus|Nicosia|Cypriot",
    "CZ|Czech Republic;Czechia|Prague|Czech",
    "DK|Denmark|Copenhagen|Danish",
    "DJ|Djibouti||Djiboutian",
    "DM|Dominica|Roseau|",
    "DO|Dominican Republic|Santo Domingo|",
    "EC|Ecuador|Quito|Ecuadorian",
    "EG|Egypt|Cairo|Egyptian",
    "SV|El Salvador|San Salvador|Salvadoran;Salvadorean",
    "GQ|Equatorial Guinea|Malabo|Equatoguinean",
    "ER|Eritrea|Asmara|Eritrean",
    "EE|Estonia|Tallinn|Estonian",
    "SZ|Eswatini;Swaziland|Mbabane|Swazi",
    "ET|Ethiopia|Addis Ababa|Ethiopian",
    "FJ|Fiji|Suva|Fijian",
    "FI|Finland|Helsinki|Finnish",
    "FR|France|Paris;Elysee;Élysée;Elysee Palace;Élysée Palace|French",
    "GA|Gabon|Libreville|Gabonese",
    "GM|Gambia;The Gambia|Banjul|Gambian",
    "GE|Georgia|Tbilisi|Georgian",
    "DE|Germany|Berlin|German",
    "GH|Ghana|Accra|Ghanaian",
    "GR|Greece|Athens|Greek",
    "GD|Grenada|St George's|Grenadian",
    "GT|Guatemala|Guatemala City|Guatemalan",
    "GN|Guinea|Conakry|Guinean",
    "GW|Guinea-Bissau|Bissau|Bissau-Guinean",
    "GY|Guyana||Guyanese",
    "HT|Haiti|Port-au-Prince|Haitian",
    "HN|Honduras|Tegucigalpa|Honduran",
    "HU|Hungary|Budapest|Hungarian",
    "IS|Iceland|Reykjavik|Icelandic",
    "IN|India|New Delhi|Indian",
    "ID|Indonesia|Jakarta|Indonesian",
    "IR|Iran;Islamic Republic of Iran|Tehran|Iranian",
    "IQ|Iraq|Baghdad|Iraqi",
    "IE|Ireland;Republic of Ireland|Dublin|Irish",
    "IL|Israel|Jerusalem|Israeli",
    "IT|Italy|Rome|Italian",
    "JM|Jamaica|Kingston|Jamaican",
    "JP|Japan|Tokyo|Japanese",
    "JO|Jordan|Amman|Jordanian",
    "KZ|Kazakhstan|Astana|Kazakh",
    "KE|Kenya|Nairobi|Kenyan",
    "KI|Kiribati|Tarawa|",
    "KP|North Korea;Democratic People's Republic of Korea;DPRK;N. Korea|Pyongyang|North Korean",
    "KR|South Korea;Republic of Korea;ROK;S. Korea|Seoul;Blue House|South Korean",
    "XK|Kosovo|Pristina|Kosovar",
    "KW|Kuwait|Kuwait City|Kuwaiti",
    "KG|Kyrgyzstan|Bishkek|Kyrgyz",
    "LA|Laos|Vientiane|Laotian",
    "LV|Latvia|Riga|Latvian",
    "LB|Lebanon|Beirut|Lebanese",
    "LS|Lesotho|Maseru|Basotho",
    "LR|Liberia|Monrovia|Liberian",
    "LY|Libya|Tripoli|Libyan",
    "LI|Liechtenstein|Vaduz|",
    "LT|Lithuania|Vilnius|Lithuanian",
    "LU|Luxembourg||Luxembourgish",
    "MG|Madagascar|Antananarivo|Malagasy",
    "MW|Malawi|Lilongwe|Malawian",
    "MY|Malaysia|Kuala Lumpur|Malaysian",
    "MV|Maldives||Maldivian",
    "ML|Mali|Bamako|Malian",
    "MT|Malta|Valletta|Maltese",
    "MH|Marshall Islands|Majuro|Marshallese",
    "MR|Mauritania|Nouakchott|Mauritanian",
    "MU|Mauritius|Port Louis|Mauritian",
    "MX|Mexico|Mexico City|Mexican",
    "FM|Micronesia|Palikir|Micronesian",
    "MD|Moldova|Chisinau;Chișinău|Moldovan",
    "MC|Monaco||Monegasque",
    "MN|Mongolia|Ulaanbaatar|Mongolian",
    "ME|Montenegro|Podgorica|Montenegrin",
    "MA|Morocco|Rabat|Moroccan",
    "MZ|Mozambique|Maputo|Mozambican",
    "MM|Myanmar;Burma|Naypyidaw;Naypyitaw|Burmese",
    "NA|Namibia|Windhoek|Namibian",
    "NR|Nauru||Nauruan",
    "NP|Nepal|Kathmandu|Nepali;Nepalese",
    "NL|Netherlands;The Netherlands;Holland|Amsterdam;The Hague|Dutch",
    "NZ|New Zealand|Wellington|",
    "NI|Nicaragua|Managua|Nicaraguan",
    "NE|Niger|Niamey|Nigerien",
    "NG|Nigeria|Abuja|Nigerian",
    "MK|North Macedonia;Macedonia|Skopje|Macedonian",
    "NO|Norway|Oslo|Norwegian",
    "OM|Oman|Muscat|Omani",
    "PK|Pakistan|Islamabad|Pakistani",
    "PW|Palau|Ngerulmud|Palauan",
    "PS|Palestine;State of Palestine;Palestinian territories|Ramallah|Palestinian",
    "PA|Panama|Panama City|Panamanian",
    "PG|Papua New Guinea|Port Moresby|",
    "PY|Paraguay|Asuncion;Asunción|Paraguayan",
    "PE|Peru|Lima|Peruvian",
    "PH|Philippines;The Philippines|Manila|Philippine;Filipino",
    "PL|Poland|Warsaw|Polish",
    "PT|Portugal|Lisbon|Portuguese",
    "QA|Qatar|Doha|Qatari",
    "RO|Romania|Bucharest|Romanian",
    "RU|Russia;Russian Federation|Moscow;Kremlin|Russian",
    "RW|Rwanda|Kigali|Rwandan",
    "KN|Saint Kitts and Nevis|Basseterre|",
    "LC|Saint Lucia|Castries|",
    "VC|Saint Vincent and the Grenadines|Kingstown|",
    "WS|Samoa|Apia|Samoan",
    "SM|San Marino||Sammarinese",
    "ST|Sao Tome and Principe;São Tomé and Príncipe|Sao Tome|",
    "SA|Saudi Arabia|Riyadh|Saudi",
    "SN|Senegal|Dakar|Senegalese",
    "RS|Serbia|Belgrade|Serbian",
    "SC|Seychelles||Seychellois",
    "SL|Sierra Leone|Freetown|Sierra Leonean",
    "SG|Singapore||Singaporean",
    "SK|Slovakia|Bratislava|Slovak",
    "SI|Slovenia|Ljubljana|Slovenian",
    "SB|Solomon Islands|Honiara|",
    "SO|Somalia|Mogadishu|Somali",
    "ZA|South Africa|Pretoria;Cape Town|South African",
    "SS|South Sudan|Juba|South Sudanese",
    "ES|Spain|Madrid|Spanish",
    "LK|Sri Lanka|Colombo|Sri Lankan",
    "SD|Sudan|Khartoum|Sudanese",
    "SR|Suriname|Paramaribo|Surinamese",
    "SE|Sweden|Stockholm|Swedish",
    "CH|Switzerland|Bern|Swiss",
    "SY|Syria|Damascus|Syrian",
    "TW|Taiwan;Republic of China|Taipei|Taiwanese",
    "TJ|Tajikistan|Dushanbe|Tajik",
    "TZ|Tanzania|Dodoma|Tanzanian",
    "TH|Thailand|Bangkok|Thai",
    "TL|East Timor;Timor-Leste|Dili|Timorese",
    "TG|Togo|Lome;Lomé|Togolese",
    "TO|Tonga|Nuku'alofa|Tongan",
    "TT|Trinidad and Tobago|Port of Spain|Trinidadian",
    "TN|Tunisia|Tunis|Tunisian",
    "TR|Turkey;Türkiye;Turkiye|Ankara|Turkish",
    "TM|Turkmenistan|Ashgabat|Turkmen",
    "TV|Tuvalu|Funafuti|Tuvaluan",
    "UG|Uganda|Kampala|Ugandan",
    "UA|Ukraine|Kyiv;Kiev|Ukrainian",
    "AE|United Arab Emirates;UAE|Abu Dhabi|Emirati",
    "GB|United Kingdom;UK;Britain;Great Britain|London;Downing Street;Whitehall|British",
    "US|United States;US;USA;United States of America;America|Washington;Washington DC;DC;White House|American",
    "UY|Uruguay|Montevideo|Uruguayan",
    "UZ|Uzbekistan|Tashkent|Uzbek",
    "VU|Vanuatu|Port Vila|Vanuatuan",
    "VA|Vatican;Holy See;Vatican City||",
    "VE|Venezuela|Caracas|Venezuelan",
    "VN|Vietnam;Viet Nam|Hanoi|Vietnamese",
    "YE|Yemen|Sanaa;Sana'a|Yemeni",
    "ZM|Zambia|Lusaka|Zambian",
    "ZW|Zimbabwe|Harare|Zimbabwean",
];

/// Normalises a written form for lookup: lowercase, `’` → `'`, periods removed, single spaces.
pub fn lookup_key(form: &str) -> String {
    let mut out = String::with_capacity(form.len());
    for word in form.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '.' => {}
                '’' | '‘' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

fn index() -> &'static FastMap<String, Place> {
    static INDEX: OnceLock<FastMap<String, Place>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = FastMap::default();
        for row in TABLE {
            let mut fields = row.split('|');
            let code = fields.next().unwrap_or_default();
            let names = fields.next().unwrap_or_default();
            let capitals = fields.next().unwrap_or_default();
            let adjectives = fields.next().unwrap_or_default();
            let name = names.split(';').next().unwrap_or_default();
            for (list, form) in [
                (names, PlaceForm::Name),
                (capitals, PlaceForm::Capital),
                (adjectives, PlaceForm::Adjective),
            ] {
                for entry in list.split(';').filter(|e| !e.is_empty()) {
                    map.entry(lookup_key(entry))
                        .or_insert(Place { code, name, form });
                }
            }
        }
        map
    })
}

/// The country a form names, if any: `place("Pyongyang")` is North Korea as its capital.
pub fn place(form: &str) -> Option<Place> {
    index().get(&lookup_key(form)).copied()
}

/// The most words any form in the table has, for callers that scan word windows.
pub const MAX_WORDS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_capitals_and_adjectives_find_their_country() {
        let kp = |f| place(f).map(|p| (p.code, p.form));
        assert_eq!(kp("North Korea"), Some(("KP", PlaceForm::Name)));
        assert_eq!(kp("DPRK"), Some(("KP", PlaceForm::Name)));
        assert_eq!(
            kp("Democratic People’s Republic of Korea"),
            Some(("KP", PlaceForm::Name))
        );
        assert_eq!(kp("Pyongyang"), Some(("KP", PlaceForm::Capital)));
        assert_eq!(kp("north korean"), Some(("KP", PlaceForm::Adjective)));
        assert_eq!(kp("U.S."), Some(("US", PlaceForm::Name)));
        assert_eq!(kp("Kremlin"), Some(("RU", PlaceForm::Capital)));
    }

    #[test]
    fn shared_adjectives_and_ordinary_words_find_nothing() {
        assert_eq!(place("Korean"), None);
        assert_eq!(place("nation"), None);
        assert_eq!(place(""), None);
    }

    #[test]
    fn no_form_is_longer_than_max_words() {
        for row in TABLE {
            for entry in row.split(['|', ';']).skip(1) {
                assert!(entry.split_whitespace().count() <= MAX_WORDS, "{entry}");
            }
        }
    }
}
