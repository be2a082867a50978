package com.certhall.applications;

/** Whom the certificates of an order are for: an organisation with its people, or one person. */
public sealed interface Subject permits Subject.Organization, Subject.Person {

    /** The USCC or ID number that identifies the subject (for the one-active-order guard and lookups). */
    String code();

    /** The name that goes into certificates and the invoice title. */
    String name();

    /** The person who handles the order and receives its messages. */
    Party handler();

    /**
     * An organisation (机构/单位), its legal representative and the handler. When the legal representative
     * handles the order himself the handler is the same person.
     */
    record Organization(String name, String uscc, String address, Party legalRep, Party handler,
            boolean handlerIsLegalRep) implements Subject {

        @Override
        public String code() {
            return uscc;
        }
    }

    /** An individual applicant who is also his own handler. */
    record Person(Party person) implements Subject {

        @Override
        public String code() {
            return person.idNumber();
        }

        @Override
        public String name() {
            return person.name();
        }

        @Override
        public Party handler() {
            return person;
        }
    }
}
