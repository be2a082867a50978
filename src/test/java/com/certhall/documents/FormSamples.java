package com.certhall.documents;

import com.certhall.documents.ApplicationFormData.ApplicantType;
import com.certhall.documents.ApplicationFormData.Delivery;
import com.certhall.documents.ApplicationFormData.DeliveryMethod;
import com.certhall.documents.ApplicationFormData.Invoice;
import com.certhall.documents.ApplicationFormData.Organisation;
import com.certhall.documents.ApplicationFormData.Person;
import com.certhall.documents.ApplicationFormData.ProductLine;
import java.time.LocalDate;
import java.util.List;

/** Form data as an applicant would have entered it in the wizard. */
public final class FormSamples {

    public static final String STATUS_URL = "http://localhost:8080/orders/7d1f4c2e-0b7a-4e59-9a57-3c2f8e6d1a90";

    private FormSamples() {
    }

    public static Organisation organisation() {
        return new Organisation("福州市鼓楼区示例网络科技有限公司", "91350100M000100Y43",
                "福建省福州市鼓楼区五四路 158 号环球广场 18 层 1801-1805 室（软件园区东门对面，近地铁一号线屏山站 B 出口）");
    }

    public static Person legalRepresentative() {
        return Person.identified("林建国", "居民身份证", "350102198001011234", "13905910001");
    }

    public static Person handler() {
        return new Person("陈晓梅", "居民身份证", "35010219900202002X", "13805910002", "chenxm@example.com",
                "信息技术部", "福建省福州市鼓楼区五四路 158 号环球广场 18 层");
    }

    public static ApplicationFormData organisationForm() {
        return new ApplicationFormData("CH20261121000123", "省级电子政务数字证书互联互通项目", ApplicantType.ORGANISATION,
                organisation(), legalRepresentative(), handler(),
                List.of(new ProductLine("机构证书", "UKEY", "SM2", 2, 1, 60000),
                        new ProductLine("机构个人证书（法定代表人）", "UKEY", "RSA-2048", 1, 2, 36000)),
                new Invoice("福州市鼓楼区示例网络科技有限公司", "91350100M000100Y43", "福建省福州市鼓楼区五四路 158 号",
                        "0591-87654321", "中国工商银行福州鼓楼支行", "1402023009000123456"),
                new Delivery(DeliveryMethod.MAIL, "陈晓梅", "13805910002", "福建省福州市鼓楼区五四路 158 号环球广场 18 层"),
                STATUS_URL, LocalDate.of(2026, 11, 21));
    }

    public static ApplicationFormData personalForm() {
        Person applicant = new Person("王小明", "居民身份证", "110101199003077777", "13700000003", "wxm@example.com", "",
                "北京市东城区东华门街道 1 号");
        return new ApplicationFormData("CH20261121000456", "招标投标交易平台云证书项目", ApplicantType.PERSONAL, null, null,
                applicant, List.of(new ProductLine("个人证书", "CLOUD", "SM2", 1, 1, 10000)), null, Delivery.none(),
                STATUS_URL, LocalDate.of(2026, 11, 21));
    }

    public static AuthorizationLetterData authorizationLetter() {
        return new AuthorizationLetterData("CH20261121000123", "省级电子政务数字证书互联互通项目", organisation(),
                legalRepresentative(), handler(), List.of("机构证书（UKEY，SM2，2 年）× 1", "机构个人证书（UKEY，RSA-2048，1 年）× 2"),
                STATUS_URL, LocalDate.of(2026, 11, 21));
    }
}
