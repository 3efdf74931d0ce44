// "Leave quickly": the link works alone. With script, the neutral site replaces this page at once (no waiting on the
// server), the session ends in the background, and Esc pressed twice does the same.
(() => {
  const link = document.querySelector("[data-leave-quickly]");
  if (!link) {
    return;
  }

  const leave = () => {
    fetch(link.href, { keepalive: true, credentials: "same-origin", redirect: "manual" }).catch(() => {});
    window.location.replace(link.dataset.exit || link.href);
  };
  link.addEventListener("click", (event) => {
    event.preventDefault();
    leave();
  });

  let lastEscape = 0;
  document.addEventListener("keydown", (event) => {
    // A held key repeats, and Esc also closes suggestions while typing: neither is someone choosing to leave.
    if (event.key !== "Escape" || event.repeat || event.isComposing) {
      return;
    }

    const now = Date.now();
    if (now - lastEscape < 1000) {
      leave();
    }

    lastEscape = now;
  });
})();
