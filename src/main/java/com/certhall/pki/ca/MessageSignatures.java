package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.MessageHashes;

/** The cloud keys' view of {@link MessageHashes} (docs/signing.md, "Hashes"). */
final class MessageSignatures {

    private MessageSignatures() {
    }

    static byte[] hash(KeyAlgorithm algorithm, byte[] certificateDer, byte[] message) {
        return MessageHashes.hash(algorithm, certificateDer, message);
    }

    static boolean verifies(KeyAlgorithm algorithm, byte[] certificateDer, byte[] message, byte[] signature) {
        return MessageHashes.verifies(algorithm, certificateDer, message, signature);
    }
}
