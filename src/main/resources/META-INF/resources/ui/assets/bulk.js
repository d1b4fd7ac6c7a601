/* Bulk actions on the product grid: the selection (kept across pages of the grid) and the bulk bar. */
(function () {
  'use strict';

  var selected = [];   // identifiers chosen one by one, in the order chosen
  var all = false;     // every product of the grid's current search

  function byId(id) { return document.getElementById(id); }
  function rowBoxes() { return Array.prototype.slice.call(document.querySelectorAll('#results input[data-select]')); }
  function matching() {
    var results = byId('results');
    return results ? parseInt(results.dataset.products || '0', 10) : 0;
  }
  function text(template, count) { return (template || '%s').replace('%s', count); }

  function toggle(identifier, on) {
    var at = selected.indexOf(identifier);
    if (on && at < 0) { selected.push(identifier); }
    if (!on && at >= 0) { selected.splice(at, 1); }
  }

  function render() {
    var form = byId('bulk-form');
    if (!form) { return; }
    var boxes = rowBoxes();
    boxes.forEach(function (box) { box.checked = all || selected.indexOf(box.value) >= 0; });
    var page = byId('select-page');
    if (page) {
      var checked = boxes.filter(function (box) { return box.checked; }).length;
      page.checked = boxes.length > 0 && checked === boxes.length;
      page.indeterminate = checked > 0 && checked < boxes.length;
    }
    var count = all ? matching() : selected.length;
    form.hidden = count === 0;
    byId('bulk-mode').value = all ? 'all' : 'selected';
    var holder = byId('bulk-identifiers');
    holder.textContent = '';
    if (!all) {
      selected.forEach(function (identifier) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = 'identifier';
        input.value = identifier;
        holder.appendChild(input);
      });
    }
    byId('bulk-count').textContent = text(all ? form.dataset.msgAll : form.dataset.msgSelected, count);
    var more = byId('bulk-select-all');
    more.hidden = all || matching() <= selected.length;
    more.textContent = text(form.dataset.msgSelectAll, matching());
  }

  /** Only the fields of the chosen action are shown and sent. */
  function showPart() {
    var action = byId('bulk-action');
    if (!action) { return; }
    document.querySelectorAll('#bulk-form [data-actions]').forEach(function (part) {
      var on = part.dataset.actions.split(' ').indexOf(action.value) >= 0;
      part.hidden = !on;
      part.disabled = !on;
    });
  }

  /** A value per locale or channel only when the attribute has one. */
  function fitAttribute() {
    var attribute = byId('bulk-attribute');
    if (!attribute) { return; }
    var option = attribute.options[attribute.selectedIndex];
    var localizable = option && option.dataset.localizable === 'true';
    var scopable = option && option.dataset.scopable === 'true';
    var locale = byId('bulk-locale');
    var scope = byId('bulk-scope');
    locale.disabled = !localizable;
    scope.disabled = !scopable;
    if (!localizable) { locale.value = ''; } else if (!locale.value && locale.options.length > 1) { locale.selectedIndex = 1; }
    if (!scopable) { scope.value = ''; } else if (!scope.value && scope.options.length > 1) { scope.selectedIndex = 1; }
  }

  // capture: a selection is not a new search (#results reloads on any change inside it)
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (!target.matches) { return; }
    if (target.matches('#results input[data-select]')) {
      event.stopPropagation();
      if (all) { selected = rowBoxes().map(function (box) { return box.value; }); all = false; }
      toggle(target.value, target.checked);
      render();
    } else if (target.matches('#select-page')) {
      event.stopPropagation();
      if (all && !target.checked) { selected = []; }
      all = false;
      rowBoxes().forEach(function (box) { toggle(box.value, target.checked); });
      render();
    } else if (target.id === 'bulk-action') {
      showPart();
    } else if (target.id === 'bulk-attribute') {
      fitAttribute();
    }
  }, true);

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target.id === 'bulk-select-all') {
      all = true;
      render();
      byId('bulk-clear').focus();
    } else if (target.id === 'bulk-clear') {
      all = false;
      selected = [];
      render();
      var page = byId('select-page');
      if (page) { page.focus(); }
    }
  });

  // new results (another page, another search): show which of them are selected
  document.addEventListener('htmx:load', render);

  showPart();
  fitAttribute();
  render();
})();
