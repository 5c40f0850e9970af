/* casebook: make the visible sidebar buttons work (loaded on every page from _static/).
   pydata-sphinx-theme 0.17 binds its sidebar dialogs to the FIRST .primary-toggle and
   .secondary-toggle only (document.querySelector), which are its navbar buttons that
   sphinx-book-theme hides; the buttons a reader sees in the article header get no
   handler, so on a phone the book's menu never opens (pydata-sphinx-theme issue 2451).
   Until the themes fix it, a click on a later button is passed to the first one. */
document.addEventListener("DOMContentLoaded", () => {
  for (const kind of ["primary", "secondary"]) {
    const [bound, ...others] = document.querySelectorAll(`.${kind}-toggle`);
    for (const button of others) {
      button.addEventListener("click", (event) => {
        event.preventDefault();
        bound.click();
      });
    }
  }
});
