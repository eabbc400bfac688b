/** Minimal task pane: the full pane replaces this (issue 4). */
Office.onReady(() => {
  const danish = (Office.context?.displayLanguage ?? "").toLowerCase().startsWith("da");
  const intro = document.getElementById("intro");
  if (intro) {
    intro.textContent = danish
      ? "Skriv =SPU. i en celle for at bruge tildelingsmodellerne for specialundervisning."
      : "Type =SPU. in a cell to use the special-education allocation models.";
  }
});
