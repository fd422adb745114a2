//! Reading files the user dropped or picked: browser `File`s to decoded article text.
//!
//! The bytes are decoded by [`parallax_engine::input::decode`], which owns every rule about what
//! counts as text; this module only reads the bytes and turns failures into messages.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList};

use super::state::LoadedFile;
use crate::limits::MAX_FILE_BYTES;
use parallax_engine::input::{decode, Fidelity, InputError};

/// The files in a `FileList`, in order.
pub fn files_in(list: &FileList) -> Vec<File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads and decodes every file, keeping their order.
pub async fn read_all(files: Vec<File>) -> Vec<LoadedFile> {
    let mut out = Vec::with_capacity(files.len());
    for file in files {
        out.push(read_one(&file).await);
    }
    out
}

async fn read_one(file: &File) -> LoadedFile {
    let file_name = file.name();
    let result = read_bytes(file)
        .await
        .and_then(|bytes| decode(&file_name, &bytes, Fidelity::Tidy).map_err(|e| e.to_string()));
    LoadedFile { file_name, result }
}

async fn read_bytes(file: &File) -> Result<Vec<u8>, String> {
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        return Err(InputError::TooLarge {
            bytes: size as usize,
            limit: MAX_FILE_BYTES,
        }
        .to_string());
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "could not be read: the browser refused to open it".to_string())?;
    let buffer = buffer
        .dyn_into::<js_sys::ArrayBuffer>()
        .map_err(|_| "could not be read: the browser returned no data".to_string())?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
