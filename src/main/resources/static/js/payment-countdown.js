// Counts down to a payment's expiry: every element with data-expires-at shows the remaining mm:ss.
(function () {
    function pad(n) { return n < 10 ? '0' + n : '' + n; }
    function tick() {
        document.querySelectorAll('[data-expires-at]').forEach(function (el) {
            var left = Math.floor((Date.parse(el.getAttribute('data-expires-at')) - Date.now()) / 1000);
            el.textContent = left > 0 ? pad(Math.floor(left / 60)) + ':' + pad(left % 60)
                : el.getAttribute('data-expired-text');
        });
    }
    document.addEventListener('DOMContentLoaded', function () { tick(); setInterval(tick, 1000); });
}());
