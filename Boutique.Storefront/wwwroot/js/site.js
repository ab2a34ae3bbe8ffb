// Progressive enhancement only: every form works without this file.
document.documentElement.classList.add("js");

// Forms marked data-autosubmit apply a select or radio choice at once (their submit button is hidden).
document.addEventListener("change", (event) => {
    const form = event.target.closest("form[data-autosubmit]");
    if (form && event.target.matches("select, input[type=radio]")) form.requestSubmit();
});

// GET forms leave empty fields out of the URL, so shared links read ?category=shoes, not ?category=shoes&size=&color=.
document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.method !== "get") return;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value !== "") params.append(name, value);
    const url = new URL(form.action);
    url.search = params.toString();
    event.preventDefault();
    location.assign(url);
});

// Back/forward: a page restored from the cache shows the choices the URL carries, not the last ones made.
window.addEventListener("pageshow", (event) => {
    if (event.persisted) for (const form of document.querySelectorAll("form[data-autosubmit]")) form.reset();
});
