/* OmniPIM admin UI: the category tree and the associations of the product form (no inline scripts). */
(function () {
  'use strict';

  /** Tells the product form something changed (pim.js listens to change events to warn before leaving). */
  function touched(form) {
    var marker = form && form.querySelector('input[name="associations_shown"]');
    if (marker) { marker.dispatchEvent(new Event('change', { bubbles: true })); }
  }

  // a branch of the category tree opens and closes with its button (Enter or Space from the keyboard)
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest && event.target.closest('[data-tree-toggle]');
    if (!toggle) { return; }
    var children = document.getElementById(toggle.getAttribute('aria-controls'));
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (children) { children.hidden = !open; }
  });

  // an associated item leaves the list; focus goes to the next item, or to the search of its type
  document.addEventListener('click', function (event) {
    var remove = event.target.closest && event.target.closest('[data-assoc-remove]');
    if (!remove) { return; }
    var item = remove.closest('li');
    var fieldset = remove.closest('fieldset');
    var form = remove.closest('form');
    var next = item.nextElementSibling || item.previousElementSibling;
    item.remove();
    var target = next ? next.querySelector('[data-assoc-remove]') : fieldset && fieldset.querySelector('input[type="search"]');
    if (target) { target.focus(); }
    touched(form);
  });

  // an item chosen in the search results joins the list: clear the search, back to its input
  document.addEventListener('htmx:afterSwap', function (event) {
    var list = event.detail.target;
    if (!list || !list.classList || !list.classList.contains('assoc-items')) { return; }
    var fieldset = list.closest('fieldset');
    var search = fieldset && fieldset.querySelector('input[type="search"]');
    var results = fieldset && fieldset.querySelector('.assoc-results');
    if (results) { results.innerHTML = ''; }
    if (search) { search.value = ''; search.focus(); }
    touched(list.closest('form'));
  });

  // Enter in an association search never submits the product form
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.matches && event.target.matches('.assoc-add input[type="search"]')) {
      event.preventDefault();
    }
  });

  // a form sent back with errors (variant creation) puts the focus on the first field to fix
  document.addEventListener('DOMContentLoaded', function () {
    var invalid = document.querySelector('#variant-form [aria-invalid="true"]');
    if (invalid) { invalid.focus(); }
  });
})();
