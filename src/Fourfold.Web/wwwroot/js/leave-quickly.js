// "Leave quickly": the link works alone; this makes it leave no entry to go back to, and adds Esc pressed twice.
(() => {
  const link = document.querySelector("[data-leave-quickly]");
  if (!link) {
    return;
  }

  const leave = () => window.location.replace(link.href);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    leave();
  });

  let lastEscape = 0;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") {
      return;
    }

    const now = Date.now();
    if (now - lastEscape < 1000) {
      leave();
    }

    lastEscape = now;
  });
})();
