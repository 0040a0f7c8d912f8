package org.storywire.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTest {
    @Test
    void countriesInEnglishAndGermanAnyCase() {
        assertThat(CountryNames.isCountry("North Korea")).isTrue();
        assertThat(CountryNames.isCountry("Nordkorea")).isTrue();
        assertThat(CountryNames.isCountry("saudi arabia")).isTrue();
        assertThat(CountryNames.isCountry("Myanmar")).isTrue();
    }

    @Test
    void otherNamesAreNoCountries() {
        assertThat(CountryNames.isCountry("Korea Herald")).isFalse();
        assertThat(CountryNames.isCountry("Anna")).isFalse();
        assertThat(CountryNames.isCountry("Velmora")).isFalse();
    }
}
