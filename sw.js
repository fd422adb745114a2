// Parallax service worker: keeps the app usable offline after the first visit from a host.
// On install it keeps the build's files (the list below is filled in by scripts/one-file.py
// after every `trunk build`: the page, its glue, its WebAssembly, its styles). Then network
// first for same-origin GETs (so a new deploy is picked up at once), falling back to the kept
// copy when the network is gone. Nothing user-entered is ever cached: articles live in
// localStorage only.
const CACHE = "parallax-unbuilt";
const PRECACHE = [];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches.match(request, { ignoreSearch: true }).then((cached) => cached || caches.match("./")),
      ),
  );
});
