package com.certhall.pki;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keys of cloud certificates (云证书), generated and kept here and never handed out (docs/signing.md): on the
 * PKCS#11 token when the CA keys are there and the token does the algorithm (RSA, P-256), otherwise — and always for
 * SM2 — a Bouncy Castle key sealed under the key-encryption key held with the CA keys and unsealed only for one
 * signing. Each key gets the signing PIN its holder sets on activation (only its PBKDF2 hash is stored; none is
 * generated); {@link #MAX_WRONG_PINS} wrong PINs in a row lock it.
 */
public interface CloudKeys {

    /** Wrong PINs in a row after which the key is locked (issue 15: 5). */
    int MAX_WRONG_PINS = 5;

    /**
     * Generates the key in custody and issues the certificate for it. The key has no signing PIN yet: its holder sets
     * one on activation ({@link #setPin}); until then no PIN is right. A repeat with the same {@code requestId} returns
     * the certificate issued the first time.
     */
    IssuedCloudKey issue(IssuanceRequest request);

    /** The kept key of a certificate (serial hex, any case), if it is a cloud certificate's. */
    Optional<CloudKeyStatus> status(String serialHex);

    /**
     * Checks the signing PIN, counting a wrong one; the {@link #MAX_WRONG_PINS}th wrong PIN in a row locks the key
     * and a locked key answers {@link PinCheck.Outcome#LOCKED} whatever the PIN. A right PIN resets the count.
     */
    PinCheck checkPin(String serialHex, String pin);

    /**
     * Replaces the signing PIN with one the holder chose (activation, or a reset after a new identity check; the
     * caller did that check): only its hash is stored, the count of wrong PINs is cleared and a lock lifted.
     */
    void setPin(String serialHex, String pin);

    /**
     * Signs precomputed hashes with the kept key, in order: SHA-256 hashes for RSA (PKCS#1 v1.5) and P-256 (ECDSA,
     * DER), and for SM2 the value e = SM3(Z‖M) of GM/T 0003.2 with Z over the GM/T 0009 default ID (DER r, s). The
     * caller must have authorised the signing (a checked PIN bound to these hashes); a locked key signs nothing.
     */
    List<byte[]> signHashes(String serialHex, List<byte[]> hashes);

    /**
     * Signs as {@link #signHashes}, for one authorized call, only while the key is not locked and the certificate is
     * good and not past its {@code notAfter} at {@code now} by the CA's own record; key, lock and certificate status
     * are read in one query on every call, and nothing is signed otherwise (the answer says why).
     */
    HashSignatures signHashesWhileValid(String serialHex, List<byte[]> hashes, Instant now);

    /**
     * The hash {@link #signHashes} takes for a whole message signed with the key of certificate {@code serialHex}:
     * SHA-256 for RSA and P-256, SM3(Z‖M) for SM2 (Z over the GM/T 0009 default ID).
     */
    byte[] messageHash(String serialHex, byte[] message);

    /**
     * Whether {@code signature} over {@code message} verifies with the public key of certificate {@code serialHex}, as
     * a relying party checks it (SHA256withRSA, SHA256withECDSA, SM3withSM2 with the default ID).
     */
    boolean verifies(String serialHex, byte[] message, byte[] signature);

    /** A kept key: its algorithm and custody ({@code pkcs11} or {@code sealed}), and its PIN state. */
    record CloudKeyStatus(String caName, String serialHex, KeyAlgorithm algorithm, String custody,
            int retriesLeft, boolean locked) {
    }

    /** A cloud certificate whose key is kept here. */
    record IssuedCloudKey(IssuedCertificate certificate) {
    }

    /** What {@link #signHashesWhileValid} did: the signatures in the order of the hashes, or none and why. */
    record HashSignatures(Outcome outcome, List<byte[]> signatures) {

        public enum Outcome { SIGNED, LOCKED, CERTIFICATE_NOT_VALID, NO_KEY }

        public HashSignatures {
            signatures = List.copyOf(signatures);
        }

        public static HashSignatures refused(Outcome outcome) {
            return new HashSignatures(outcome, List.of());
        }
    }

    /** What a PIN check found. */
    record PinCheck(Outcome outcome, int retriesLeft) {

        public enum Outcome { RIGHT, WRONG, LOCKED }

        public boolean right() {
            return outcome == Outcome.RIGHT;
        }
    }
}
