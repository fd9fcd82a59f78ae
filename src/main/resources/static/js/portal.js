// The portal's only script (no inline scripts: the Content-Security-Policy forbids them). Every page works
// without it; with it forms keep a draft, check fields before sending and show upload progress.
(function () {
  'use strict';

  // htmx requests carry the CSRF token of the page, as forms do in their hidden field.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // ---- Drafts: what is typed in a form[data-draft] is kept in this browser until the server has saved it ----

  function draftKey(form) { return 'draft:' + form.getAttribute('data-draft'); }

  function draftable(field) {
    return field.name && field.name !== '_csrf' && field.type !== 'file' && field.type !== 'password'
      && field.type !== 'submit' && field.type !== 'button';
  }

  function saveDraft(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!draftable(field)) { return; }
      if (field.type === 'radio' || field.type === 'checkbox') {
        if (field.checked) { values[field.name] = field.value; }
      } else {
        values[field.name] = field.value;
      }
    });
    try { localStorage.setItem(draftKey(form), JSON.stringify(values)); } catch (e) { /* storage full or off */ }
  }

  function restoreDraft(form) {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(draftKey(form)) || 'null'); } catch (e) { saved = null; }
    if (!saved) { return; }
    var restored = false;
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!draftable(field) || !(field.name in saved)) { return; }
      var value = saved[field.name];
      if (field.type === 'radio' || field.type === 'checkbox') {
        if (field.checked !== (field.value === value)) { field.checked = field.value === value; restored = true; }
      } else if (field.value !== value && value !== '') {
        field.value = value;
        restored = true;
      }
    });
    var notice = form.querySelector('[data-draft-notice]');
    if (restored && notice) { notice.hidden = false; }
  }

  document.addEventListener('input', function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute('data-draft')) { saveDraft(form); }
  });
  document.addEventListener('change', function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute('data-draft')) { saveDraft(form); }
  });
  document.addEventListener('click', function (event) {
    var discard = event.target.closest('[data-draft-discard]');
    if (!discard) { return; }
    var form = discard.closest('form');
    localStorage.removeItem(draftKey(form));
    form.reset();
    discard.closest('[data-draft-notice]').hidden = true;
  });

  // ---- Checks before sending, shown beside each field in the page's language (the server checks again) ----

  function feedback(field) {
    var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/);
    for (var i = 0; i < ids.length; i++) {
      var element = ids[i] && document.getElementById(ids[i]);
      if (element && element.classList.contains('invalid-feedback')) { return element; }
    }
    return null;
  }

  function checkFiles(input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    var accepted = (input.getAttribute('accept') || '').toLowerCase().split(',');
    var problem = '';
    Array.prototype.forEach.call(input.files || [], function (file) {
      var dot = file.name.lastIndexOf('.');
      var extension = dot < 0 ? '' : file.name.substring(dot).toLowerCase();
      if (!problem && accepted.length && accepted.indexOf(extension) < 0) {
        problem = file.name + ': ' + input.getAttribute('data-msg-file-type');
      } else if (!problem && max && file.size > max) {
        problem = file.name + ': ' + input.getAttribute('data-msg-file-size');
      }
    });
    input.setCustomValidity(problem);
  }

  function message(form, field) {
    var v = field.validity;
    if (v.customError) { return field.validationMessage; }
    if (v.valueMissing) { return form.getAttribute('data-msg-required') || field.validationMessage; }
    if (v.tooLong) { return form.getAttribute('data-msg-too-long') || field.validationMessage; }
    if (v.rangeUnderflow || v.rangeOverflow) { return form.getAttribute('data-msg-range') || field.validationMessage; }
    return form.getAttribute('data-msg-invalid') || field.validationMessage;
  }

  function show(form, field) {
    var box = feedback(field);
    if (field.checkValidity()) {
      field.classList.remove('is-invalid');
      field.removeAttribute('aria-invalid');
      if (box) { box.textContent = ''; }
      return true;
    }
    field.classList.add('is-invalid');
    field.setAttribute('aria-invalid', 'true');
    if (box) { box.textContent = message(form, field); }
    return false;
  }

  // a field shown as wrong is checked again while the official corrects it, not only at the next submit
  ['input', 'change'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var field = event.target;
      if (field.form && field.type !== 'file' && field.classList.contains('is-invalid')) { show(field.form, field); }
    });
  });

  document.addEventListener('change', function (event) {
    if (event.target.type === 'file' && event.target.hasAttribute('data-max-bytes')) {
      checkFiles(event.target);
      show(event.target.form, event.target);
    }
  });

  // capture phase: runs before htmx's own submit handler, which never sees a form that is not valid
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var first = null;
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.willValidate) { return; }
      if (field.type === 'file' && field.hasAttribute('data-max-bytes')) { checkFiles(field); }
      if (!show(form, field) && !first) { first = field; }
    });
    if (first) {
      event.preventDefault();
      event.stopPropagation();
      first.focus();
    }
  }, true);

  // ---- Upload progress of an htmx form ----

  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest ? event.target.closest('form') : null;
    var bar = form && form.querySelector('progress');
    if (bar && event.detail.lengthComputable) {
      bar.hidden = false;
      bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
    }
  });

  // ---- A task's form is redrawn when a field its conditions or texts read changes; it keeps what was typed or
  // chosen while the redraw was on its way (the answer holds the values as they were sent) ----

  var typed = null;

  document.addEventListener('change', function (event) {
    var fields = event.target.closest ? event.target.closest('#task-form-fields') : null;
    if (!fields || !window.htmx) { return; }
    var names = (fields.getAttribute('data-redraw-on') || '').split(' ');
    if (event.target.name && names.indexOf(event.target.name) >= 0) { window.htmx.trigger(fields, 'redraw'); }
  });

  function eachField(container, action) {
    container.querySelectorAll('input[id], textarea[id], select[id]').forEach(action);
  }

  // a boosted form (hx-boost, e.g. "Thành viên đơn vị") answered with a refusal page shows that page, as without script
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.boosted && event.detail.xhr && event.detail.xhr.status >= 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener('htmx:beforeSwap', function (event) {
    if (!event.detail.target || event.detail.target.id !== 'task-form-fields') { return; }
    typed = {};
    eachField(event.detail.target, function (field) {
      typed[field.id] = field.type === 'checkbox' || field.type === 'radio' ? field.checked : field.value;
    });
  });

  document.addEventListener('htmx:afterSwap', function () {
    var fields = typed && document.getElementById('task-form-fields');
    if (!fields) { return; }
    eachField(fields, function (field) {
      if (!(field.id in typed)) { return; }
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = typed[field.id];
      } else if (field.type !== 'file') {
        field.value = typed[field.id];
      }
    });
    typed = null;
  });

  // ---- On load: a draft the server has saved is forgotten; an unsent one is restored ----

  document.addEventListener('DOMContentLoaded', function () {
    var saved = document.body.getAttribute('data-clear-draft');
    if (saved) { localStorage.removeItem('draft:' + saved); }
    document.querySelectorAll('form[data-draft]').forEach(restoreDraft);
  });
})();
