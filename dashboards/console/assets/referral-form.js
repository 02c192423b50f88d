// New referral form: checks identifiers as they are typed (GB 11643 ID check digit, GB 32100 credit code,
// mainland mobile, GB/T 2260 division code), lists every problem at once, and keeps a draft in the browser.
(function () {
  var PROVINCES = ['11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42','43','44','45','46',
                   '50','51','52','53','54','61','62','63','64','65','71','81','82'];
  var ID_WEIGHTS = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2], ID_CHECK = '10X98765432';
  var CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  var CREDIT_WEIGHTS = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28];

  function idCheckDigit(id) {
    var sum = 0;
    for (var i = 0; i < 17; i++) { sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i]; }
    return ID_CHECK.charAt(sum % 11);
  }
  function validDate(yyyymmdd) {
    var y = +yyyymmdd.substr(0, 4), m = +yyyymmdd.substr(4, 2), d = +yyyymmdd.substr(6, 2);
    var date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && date <= new Date() && y >= 1900;
  }
  var checks = {
    idcard: function (v, form) {
      var type = (form.querySelector('[name="applicant.idType"]') || {}).value || 'RESIDENT_ID';
      v = v.toUpperCase();
      if (type === 'RESIDENT_ID') {
        if (!/^\d{17}[\dX]$/.test(v)) { return 'idcardFormat'; }
        if (PROVINCES.indexOf(v.substr(0, 2)) < 0) { return 'idcardRegion'; }
        if (!validDate(v.substr(6, 8))) { return 'idcardBirth'; }
        return idCheckDigit(v) === v.charAt(17) ? null : 'idcardCheck';
      }
      if (type === 'FOREIGN_PERMANENT_RESIDENT_ID') {
        if (!/^9\d{16}[\dX]$/.test(v)) { return 'idcardFormat'; }
        return idCheckDigit(v) === v.charAt(17) ? null : 'idcardCheck';
      }
      return null;
    },
    credit: function (v) {
      v = v.toUpperCase();
      if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v)) { return 'creditFormat'; }
      var sum = 0;
      for (var i = 0; i < 17; i++) { sum += CREDIT_CHARS.indexOf(v.charAt(i)) * CREDIT_WEIGHTS[i]; }
      var check = 31 - sum % 31;
      return CREDIT_CHARS.charAt(check === 31 ? 0 : check) === v.charAt(17) ? null : 'creditCheck';
    },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? null : 'mobile'; },
    division: function (v) { return /^\d{6}$/.test(v) && PROVINCES.indexOf(v.substr(0, 2)) >= 0 ? null : 'division'; },
    money: function (v) { return /^\d+(\.\d{1,2})?$/.test(v.replace(/,/g, '')) ? null : 'money'; },
    count: function (v) { return /^[1-9]\d{0,4}$/.test(v) ? null : 'count'; },
    past: function (v) { return new Date(v) <= new Date() ? null : 'past'; }
  };

  function init() {
    var form = document.getElementById('referral-form');
    if (!form) { return; }
    var messages = document.getElementById('form-messages').dataset;
    var live = document.getElementById('live-problems');
    var draftKey = 'referral-draft:' + (form.getAttribute('data-user') || '');

    function labelOf(input) {
      var label = form.querySelector('label[for="' + input.id + '"]');
      return label ? label.textContent.replace(/\s*\*\s*$/, '').trim() : input.name;
    }
    function check(input) {
      var v = (input.value || '').trim(), problem = null;
      if (!v) {
        problem = input.hasAttribute('data-required') ? 'required' : null;
      } else if (input.getAttribute('data-check')) {
        problem = checks[input.getAttribute('data-check')](v, form);
      }
      var error = document.getElementById('err-' + input.id);
      var serverError = error && error.getAttribute('data-server');
      if (problem) {
        input.setAttribute('aria-invalid', 'true');
        if (error) { error.textContent = messages[problem]; }
      } else if (!serverError || input.getAttribute('data-touched')) {
        input.removeAttribute('aria-invalid');
        if (error) { error.textContent = ''; }
      }
      return problem ? { input: input, text: labelOf(input) + '：' + messages[problem] } : null;
    }
    function checkAll(markTouched) {
      var problems = [];
      form.querySelectorAll('[data-check], [data-required]').forEach(function (input) {
        if (markTouched || input.getAttribute('data-touched')) {
          var p = check(input);
          if (p) { problems.push(p); }
        }
      });
      live.innerHTML = '';
      problems.forEach(function (p) {
        var li = document.createElement('li'), a = document.createElement('a');
        a.href = '#' + p.input.id; a.textContent = p.text;
        a.addEventListener('click', function (e) { e.preventDefault(); p.input.focus(); });
        li.appendChild(a); live.appendChild(li);
      });
      live.parentElement.hidden = problems.length === 0;
      document.getElementById('live-count').textContent = problems.length;
      return problems;
    }
    function saveDraft() {
      var data = {};
      new FormData(form).forEach(function (value, name) {
        if (name === '_csrf') { return; }
        if (data[name] !== undefined) { data[name] = [].concat(data[name], value); } else { data[name] = value; }
      });
      try { localStorage.setItem(draftKey, JSON.stringify(data)); } catch (ignored) { }
    }
    function restoreDraft() {
      var raw = null;
      try { raw = localStorage.getItem(draftKey); } catch (ignored) { }
      if (!raw) { return; }
      var data = JSON.parse(raw);
      Object.keys(data).forEach(function (name) {
        var values = [].concat(data[name]);
        form.querySelectorAll('[name="' + name.replace(/"/g, '') + '"]').forEach(function (input) {
          if (input.type === 'checkbox' || input.type === 'radio') { input.checked = values.indexOf(input.value) >= 0; }
          else { input.value = values[0]; }
        });
      });
      document.getElementById('draft-restored').hidden = false;
    }
    form.addEventListener('input', function (e) {
      if (e.target.name) { e.target.setAttribute('data-touched', 'true'); }
      checkAll(false);
      saveDraft();
    });
    form.addEventListener('change', function (e) {
      if (e.target.name === 'applicant.idType') {
        var id = form.querySelector('[name="applicant.idNumber"]');
        if (id.value) { id.setAttribute('data-touched', 'true'); }
      }
      checkAll(false);
      saveDraft();
    });
    form.addEventListener('submit', function (e) {
      var problems = checkAll(true);
      if (problems.length && !form.hasAttribute('data-submit-anyway')) {
        e.preventDefault();
        live.parentElement.hidden = false;
        live.parentElement.focus();
      }
      saveDraft();
    });
    var discard = document.getElementById('discard-draft');
    if (discard) {
      discard.addEventListener('click', function () {
        try { localStorage.removeItem(draftKey); } catch (ignored) { }
        window.location.href = form.getAttribute('action');
      });
    }
    if (form.getAttribute('data-fresh') === 'true') { restoreDraft(); }
    else { saveDraft(); }
  }
  document.addEventListener('DOMContentLoaded', init);
})();
