package com.certhall.payments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payment settings.
 *
 * @param gateway         id of the QR payment gateway adapter ({@code sandbox})
 * @param qrValidity      how long an unpaid QR payment stays payable
 * @param voucherMaxBytes largest accepted bank-transfer voucher file
 * @param bank            the platform's receiving account shown in bank-transfer instructions
 */
@ConfigurationProperties("certhall.payments")
public record PaymentProperties(String gateway, Duration qrValidity, long voucherMaxBytes, Bank bank) {

    public PaymentProperties {
        gateway = gateway == null ? "sandbox" : gateway;
        qrValidity = qrValidity == null ? Duration.ofMinutes(15) : qrValidity;
        voucherMaxBytes = voucherMaxBytes <= 0 ? 2 * 1024 * 1024 : voucherMaxBytes;
        bank = bank == null ? new Bank(null, null, null) : bank;
    }

    /** The receiving account; its number is shown to applicants but masked in logs. */
    public record Bank(String accountName, String bankName, String accountNumber) {

        public Bank {
            accountName = accountName == null ? "CertHall 数字认证有限公司" : accountName;
            bankName = bankName == null ? "中国工商银行北京中关村支行" : bankName;
            accountNumber = accountNumber == null ? "0200000009200000000" : accountNumber;
        }

        @Override
        public String toString() {
            return "Bank[" + accountName + ", " + bankName + ", " + com.certhall.shared.Masking.mask(accountNumber, 4, 4)
                    + "]";
        }
    }
}
