// Passkeys: the device makes or uses a key bound to this site, and the page's own form carries the result to the
// server. Without WebAuthn's JSON helpers (or without script) the forms stay hidden and the page says why.
(() => {
  const forms = document.querySelectorAll("form[data-passkey]");
  const supported = typeof window.PublicKeyCredential === "function"
    && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function"
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";
  if (!supported) {
    return;
  }

  for (const note of document.querySelectorAll("[data-passkey-unsupported]")) {
    note.hidden = true;
  }

  const ask = async (form) => {
    const body = new FormData();
    body.append("__RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
    const response = await fetch(form.dataset.options, { method: "POST", body, credentials: "same-origin" });
    if (!response.ok) {
      throw new Error(response.status === 429 ? "busy" : "options");
    }

    const options = await response.json();
    return form.dataset.passkey === "create"
      ? navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
      : navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
  };

  for (const form of forms) {
    const status = form.querySelector("[data-passkey-status]");
    const button = form.querySelector("button[type=submit]");
    form.hidden = false;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      button.disabled = true;
      status.textContent = form.dataset.passkey === "create"
        ? "Follow your device's steps to make the passkey."
        : "Follow your device's steps to use your passkey.";
      try {
        const credential = await ask(form);
        form.querySelector("input[data-passkey-credential]").value = JSON.stringify(credential);
        form.submit();
      } catch (error) {
        button.disabled = false;
        status.textContent = error.message === "busy"
          ? "Too many attempts from here. Wait a minute, then try again."
          : form.dataset.passkey === "create"
            ? "No passkey was added. You can try again, or carry on with your authenticator app."
            : "No passkey was used. You can try again, or sign in with your email and password.";
      }
    });
  }
})();
