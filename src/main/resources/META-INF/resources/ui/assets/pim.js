/* OmniPIM admin UI behaviour: htmx does the requests; this file adds what htmx does not (no inline scripts). */
(function () {
  'use strict';

  var dirty = false;

  function toast(text) {
    var box = document.getElementById('toast');
    if (!box) { return; }
    box.textContent = text;
    box.hidden = false;
    clearTimeout(box._timer);
    box._timer = setTimeout(function () { box.hidden = true; }, 8000);
  }

  /** The product form, when this user can save it. */
  function productForm() {
    return document.getElementById('save-button') ? document.getElementById('product-form') : null;
  }

  function setDirty(value) {
    dirty = value;
    var flag = document.getElementById('dirty-flag');
    if (flag) { flag.hidden = !value; }
  }

  // errors of htmx requests: a readable message instead of nothing happening
  document.addEventListener('htmx:responseError', function (event) {
    var xhr = event.detail.xhr;
    var text = xhr.getResponseHeader('Content-Type') && xhr.getResponseHeader('Content-Type').indexOf('text/plain') === 0
      ? xhr.responseText
      : (document.body.dataset.msgFailed || 'Error %s').replace('%s', xhr.status);
    toast(text);
  });
  document.addEventListener('htmx:sendError', function () {
    toast(document.body.dataset.msgNetwork || 'Network error');
  });

  // unsaved changes on the product form
  document.addEventListener('input', function (event) {
    if (event.target.form && event.target.form.id === 'product-form') { setDirty(true); }
  });
  document.addEventListener('change', function (event) {
    if (event.target.form && event.target.form.id === 'product-form') { setDirty(true); }
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty && productForm()) {
      event.preventDefault();
      event.returnValue = document.body.dataset.msgUnsaved || '';
      return event.returnValue;
    }
  });

  // the editor comes back after a save: clean when saved, focus the first field in error otherwise
  document.addEventListener('htmx:afterSwap', function (event) {
    var editor = document.getElementById('editor');
    if (!editor || !editor.contains(event.detail.elt) && event.detail.elt !== editor) { return; }
    var invalid = editor.querySelector('[aria-invalid="true"]');
    if (editor.querySelector('[data-saved]')) { setDirty(false); }
    if (invalid) { invalid.focus(); }
    else {
      var status = editor.querySelector('.form-status');
      if (status) { status.focus(); }
    }
  });

  // Ctrl+S (Cmd+S on a Mac) saves the product form
  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
      var form = productForm();
      if (form) {
        event.preventDefault();
        if (form.requestSubmit) { form.requestSubmit(); } else { form.dispatchEvent(new Event('submit', { cancelable: true })); }
      }
    }
  });

  // links that change the channel or locale of the form ask before dropping unsaved changes
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-context-link]');
    if (link && dirty && !window.confirm(document.body.dataset.msgUnsaved || '')) {
      event.preventDefault();
    } else if (link) {
      setDirty(false);
    }
  });

  // context selects (channel, locale) navigate at once
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.matches && select.matches('select[data-navigate]')) {
      if (dirty && !window.confirm(document.body.dataset.msgUnsaved || '')) { return; }
      setDirty(false);
      select.form.submit();
    }
  });

  // preview of an image chosen for upload
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.matches && input.matches('input[type="file"][data-preview]')) {
      var img = document.getElementById(input.dataset.preview);
      if (img && input.files && input.files[0]) {
        img.src = URL.createObjectURL(input.files[0]);
        img.hidden = false;
      }
    }
  });

  // a link to a field of the product form (from a connector's errors) focuses that field
  document.addEventListener('DOMContentLoaded', function () {
    if (location.hash.indexOf('#field-') !== 0) { return; }
    var field = document.getElementById(decodeURIComponent(location.hash.substring(1)));
    if (field) {
      field.scrollIntoView({ block: 'center' });
      field.focus();
    }
  });
})();
