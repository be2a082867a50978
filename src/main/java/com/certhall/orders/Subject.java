package com.certhall.orders;

import com.certhall.shared.Masking;
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
     * handles the order himself the handler is the same person. {@code sealName} names the organisation's e-seal
     * (the CN of an e-seal certificate); empty or null when none was given.
     */
    record Organization(String name, String uscc, String address, Party legalRep, Party handler,
            boolean handlerIsLegalRep, String sealName) implements Subject {

        public Organization(String name, String uscc, String address, Party legalRep, Party handler,
                boolean handlerIsLegalRep) {
            this(name, uscc, address, legalRep, handler, handlerIsLegalRep, "");
        }

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

    /**
     * A person in an order: the legal representative, the handler (经办人) or the individual applicant. Values are
     * already cleaned and checked; {@code email}, {@code address} and {@code department} may be empty where the role
     * does not need them.
     */
    public record Party(String name, IdType idType, String idNumber, String mobile, String email, String address,
            String department) {

        public String maskedIdNumber() {
            return Masking.mask(idNumber, idType == IdType.RESIDENT_ID ? 6 : 2, 4);
        }

        public String maskedMobile() {
            return Masking.mask(mobile, 3, 4);
        }

        @Override
        public String toString() {
            return "Party[" + name + ", " + idType + " " + maskedIdNumber() + ", " + maskedMobile() + "]";
        }
    }

    /** Kinds of identity document a person can be identified by (证件类型). */
    public enum IdType {
        /** 居民身份证: checked per GB 11643-1999. */
        RESIDENT_ID,
        /** 护照. */
        PASSPORT,
        /** 港澳居民来往内地通行证. */
        HK_MACAO_PERMIT,
        /** 台湾居民来往大陆通行证. */
        TAIWAN_PERMIT,
        /** 外国人永久居留身份证. */
        FOREIGN_PERMANENT_RESIDENT
    }
}
