package com.certhall.verification;

/** How a face check reaches the person's phone: a QR code on the desktop page, or a link sent by SMS. */
public enum FaceDelivery {
    QR, SMS_LINK
}
