// Phone simulator: posts what you type to the same pipeline as SMS and polls the transcript for replies.
// Text is always inserted with textContent, never as HTML.
(() => {
  const thread = document.getElementById("thread");
  const number = document.getElementById("number");
  const body = document.getElementById("body");
  const error = document.getElementById("error");
  let after = 0;
  let current = number.value.trim();

  async function post(url, payload) {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.error || "The simulator could not send this.");
    return data;
  }

  function show(message) {
    error.hidden = !message;
    error.textContent = message || "";
  }

  function add(line) {
    const item = document.createElement("li");
    item.className = line.direction;
    item.dataset.id = line.id;
    item.textContent = line.body;
    const meta = document.createElement("small");
    meta.textContent = `${new Date(line.createdAt).toLocaleTimeString()} · ${line.segments} SMS · ${line.status}`;
    item.appendChild(meta);
    thread.appendChild(item);
    thread.scrollTop = thread.scrollHeight;
  }

  async function poll() {
    try {
      const lines = await post("/simulator/api/transcript", { from: current, after });
      for (const line of lines) { add(line); after = Math.max(after, line.id); }
    } catch (e) { show(e.message); }
  }

  document.getElementById("switch").addEventListener("click", () => {
    current = number.value.trim();
    after = 0;
    thread.replaceChildren();
    show("");
    poll();
  });

  document.getElementById("composer").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = body.value;
    if (!text.trim()) return;
    try {
      await post("/simulator/api/send", { from: current, body: text });
      body.value = "";
      show("");
      await poll();
    } catch (e) { show(e.message); }
  });

  body.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); document.getElementById("composer").requestSubmit(); }
  });

  poll();
  setInterval(poll, 800);
})();
