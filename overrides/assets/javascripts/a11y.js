/* Accessible names that Material for MkDocs 9.8 leaves out, and that axe-core
   and Lighthouse report (tests/test_browser.py runs axe on every page):
   - the search dialog (role="dialog") has no name;
   - each code block's buttons sit in a <nav> of their own: many landmarks of
     the same role, none named;
   - a code annotation's marker is a link whose only text is drawn by CSS;
   - the "copied to clipboard" message is a status outside every landmark.
   Material creates the last three after the page has loaded, so names are
   given again after the document changes (once per frame at most). */
(() => {
  const zh = document.documentElement.lang.startsWith("zh");
  const nameAll = () => {
    for (const dialog of document.querySelectorAll('.md-dialog:not([role])')) {
      dialog.setAttribute("role", "status");
    }
    for (const dialog of document.querySelectorAll('.md-search[role="dialog"]:not([aria-label])')) {
      const input = dialog.querySelector(".md-search__input");
      dialog.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || (zh ? "搜索" : "Search"));
    }
    const navs = document.querySelectorAll(".md-code__nav");
    navs.forEach((nav, i) => {
      if (nav.hasAttribute("aria-label")) return;
      const title = nav.closest(".highlight")?.querySelector(":scope > .filename")?.textContent.trim();
      nav.setAttribute("aria-label", `${zh ? "代码块" : "Code block"} ${i + 1}${title ? `: ${title}` : ""}`);
    });
    for (const link of document.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
      const id = link.querySelector("[data-md-annotation-id]")?.getAttribute("data-md-annotation-id");
      link.setAttribute("aria-label", `${zh ? "注释" : "Annotation"} ${id ?? ""}`.trim());
    }
  };
  let pending = false;
  const later = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; nameAll(); });
  };
  nameAll();
  new MutationObserver(later).observe(document.body, { childList: true, subtree: true });
})();
