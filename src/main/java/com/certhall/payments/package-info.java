/**
 * Payments of orders: QR payments through a {@code PaymentGateway} (WeChat Pay / Alipay kinds) confirmed by signed
 * provider callbacks, bank transfers confirmed by finance from an uploaded voucher, expiry of unpaid payments and
 * refunds of cancelled orders; a confirmed payment marks its order paid through the orders facade.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit", "orders", "catalog", "documents"})
@NullMarked
package com.certhall.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
