// Progressive enhancement only: every form works without this file.
// Forms marked data-autosubmit apply a select or radio choice at once (and hide their submit button).
document.documentElement.classList.add("js");
document.addEventListener("change", (event) => {
    const form = event.target.closest("form[data-autosubmit]");
    if (form && event.target.matches("select, input[type=radio]")) form.requestSubmit();
});
