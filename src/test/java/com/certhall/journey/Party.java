package com.certhall.journey;

/** A person of the order (legal representative, handler) as the sandbox telecom knows him. */
record Party(String name, String idNumber, String mobile) {

    @Override
    public String toString() {
        return "Party[" + name + ", " + mobile.substring(0, 3) + "****]";
    }
}
