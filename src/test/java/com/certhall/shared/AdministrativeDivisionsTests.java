package com.certhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.shared.AdministrativeDivisions.Place;
import org.junit.jupiter.api.Test;

/** The GB/T 2260 list and reading a province and city from an address. */
class AdministrativeDivisionsTests {

    @Test
    void listsTheThirtyOneProvincesOfTheMainlandWithTheirCities() {
        assertThat(AdministrativeDivisions.provinces()).hasSize(31)
                .anySatisfy(p -> assertThat(p.name()).isEqualTo("福建省"));
        assertThat(AdministrativeDivisions.cities("35")).extracting(AdministrativeDivisions.Division::name)
                .contains("福州市", "厦门市").hasSize(9);
        assertThat(AdministrativeDivisions.cities("11")).extracting(AdministrativeDivisions.Division::name)
                .containsExactly("北京市");
        assertThat(AdministrativeDivisions.byCode("3501").orElseThrow().name()).isEqualTo("福州市");
    }

    @Test
    void readsProvinceAndCityFromTheStartOfAnAddress() {
        assertPlace("福建省福州市鼓楼区五四路", "福建省", "福州市");
        assertPlace("福建福州鼓楼区", "福建省", "福州市");
        assertPlace("广西壮族自治区南宁市青秀区", "广西壮族自治区", "南宁市");
        assertPlace("内蒙古呼和浩特市", "内蒙古自治区", "呼和浩特市");
        assertPlace("北京市海淀区中关村", "北京市", "北京市");
        assertPlace("厦门市思明区", "福建省", "厦门市");
        assertPlace("浙江省某某县", "浙江省", null);
        assertThat(AdministrativeDivisions.ofAddress("Room 1, Queen's Road, Hong Kong")).isEmpty();
        assertThat(AdministrativeDivisions.ofAddress("")).isEmpty();
    }

    private static void assertPlace(String address, String province, String city) {
        Place place = AdministrativeDivisions.ofAddress(address).orElseThrow();
        assertThat(place.province().name()).as(address).isEqualTo(province);
        assertThat(place.city() == null ? null : place.city().name()).as(address).isEqualTo(city);
    }
}
