package com.certhall.orders;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Whom the certificates of an order are for: an organisation with its people, or one person. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = Subject.Organization.class, name = "ORGANIZATION"),
        @JsonSubTypes.Type(value = Subject.Person.class, name = "PERSON")})
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
        @JsonIgnore
        public String code() {
            return uscc;
        }
    }

    /** An individual applicant who is also his own handler. */
    record Person(Party person) implements Subject {

        @Override
        @JsonIgnore
        public String code() {
            return person.idNumber();
        }

        @Override
        @JsonIgnore
        public String name() {
            return person.name();
        }

        @Override
        @JsonIgnore
        public Party handler() {
            return person;
        }
    }
}
