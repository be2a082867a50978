/* Account pages: captcha refresh and the "send SMS code" button with its countdown. No inline scripts (CSP). */
(function () {
    'use strict';

    function postJson(url, body) {
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'},
            body: JSON.stringify(body || {})
        });
    }

    function field(form, name) {
        return form.querySelector('[name="' + name + '"]');
    }

    function refreshCaptcha(form) {
        var img = form.querySelector('[data-captcha-image]');
        if (!img) {
            return;
        }
        postJson('/api/v1/captchas').then(function (r) { return r.json(); }).then(function (captcha) {
            img.src = captcha.image;
            form.querySelector('[data-captcha-id]').value = captcha.id;
            var answer = field(form, 'captchaAnswer');
            if (answer) {
                answer.value = '';
            }
        });
    }

    function showError(form, name, message) {
        var input = field(form, name);
        if (!input || input.type === 'hidden') {
            return false;
        }
        var box = input.closest('.field');
        box.classList.add('invalid');
        var error = box.querySelector('.error');
        if (!error) {
            error = document.createElement('div');
            error.className = 'error';
            box.appendChild(error);
        }
        error.textContent = message;
        return true;
    }

    function clearError(form, name) {
        var input = field(form, name);
        var box = input && input.closest('.field');
        if (box) {
            box.classList.remove('invalid');
            var error = box.querySelector('.error');
            if (error) {
                error.remove();
            }
        }
    }

    function countdown(button, seconds) {
        var label = button.dataset.label || button.textContent;
        button.dataset.label = label;
        var left = Math.min(Math.max(1, seconds), 300);
        button.disabled = true;
        (function tick() {
            if (left <= 0) {
                button.disabled = false;
                button.textContent = label;
                return;
            }
            button.textContent = button.dataset.countdown.replace('{0}', left);
            left -= 1;
            setTimeout(tick, 1000);
        })();
    }

    function say(status, text, failed) {
        status.textContent = text;
        status.classList.toggle('error', failed);
    }

    function send(button) {
        var form = button.closest('form');
        var status = form.querySelector('[data-sms-status]');
        ['mobile', 'captchaAnswer', 'smsCode'].forEach(function (name) { clearError(form, name); });
        var captchaId = form.querySelector('[data-captcha-id]');
        var answer = field(form, 'captchaAnswer');
        var body = {
            mobile: field(form, 'mobile').value,
            purpose: button.dataset.purpose,
            captchaId: captchaId ? captchaId.value : null,
            captchaAnswer: answer ? answer.value : null
        };
        button.disabled = true;
        postJson('/api/v1/sms-challenges', body).then(function (r) {
            return r.json().catch(function () { return {}; }).then(function (data) {
                if (r.status === 202) {
                    say(status, button.dataset.sent, false);
                    countdown(button, 60);
                } else {
                    var shown = false;
                    (data.errors || []).forEach(function (e) { shown = showError(form, e.field, e.message) || shown; });
                    say(status, shown ? button.dataset.failed : (data.detail || button.dataset.failed), true);
                    if (r.status === 429) {
                        countdown(button, parseInt(r.headers.get('Retry-After'), 10) || 60);
                    } else {
                        button.disabled = false;
                    }
                }
                refreshCaptcha(form);
            });
        }).catch(function () {
            say(status, button.dataset.failed, true);
            button.disabled = false;
        });
    }

    document.querySelectorAll('[data-captcha-image]').forEach(function (img) {
        img.addEventListener('click', function () { refreshCaptcha(img.closest('form')); });
    });
    document.querySelectorAll('[data-sms-send]').forEach(function (button) {
        button.addEventListener('click', function () { send(button); });
    });
})();
