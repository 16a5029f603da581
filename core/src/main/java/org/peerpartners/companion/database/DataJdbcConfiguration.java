package org.peerpartners.companion.database;

import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.postgresql.util.PGobject;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;

/**
 * Column conversions for the aggregates: a person's language ({@code 'en'}, {@code 'es'})
 * as a {@link Locale}, {@code char(3)} currency codes as {@link Currency}, and {@code jsonb}
 * columns as {@link Json}. Boot's own {@code JdbcCustomConversions} backs off when this one
 * exists; the PostgreSQL dialect's store conversions are kept.
 */
@AutoConfiguration(before = DataJdbcRepositoriesAutoConfiguration.class)
public class DataJdbcConfiguration {

    @Bean
    JdbcCustomConversions jdbcCustomConversions() {
        return JdbcCustomConversions.of(JdbcPostgresDialect.INSTANCE, List.of(
                new LocaleToText(), new TextToLocale(),
                new CurrencyToText(), new TextToCurrency(),
                new JsonToPgObject(), new PgObjectToJson()));
    }

    @WritingConverter
    static final class LocaleToText implements Converter<Locale, String> {
        @Override
        public String convert(Locale source) {
            return source.toLanguageTag();
        }
    }

    @ReadingConverter
    static final class TextToLocale implements Converter<String, Locale> {
        @Override
        public Locale convert(String source) {
            return Locale.forLanguageTag(source);
        }
    }

    @WritingConverter
    static final class CurrencyToText implements Converter<Currency, String> {
        @Override
        public String convert(Currency source) {
            return source.getCurrencyCode();
        }
    }

    @ReadingConverter
    static final class TextToCurrency implements Converter<String, Currency> {
        @Override
        public Currency convert(String source) {
            return Currency.getInstance(source.strip());
        }
    }

    @WritingConverter
    static final class JsonToPgObject implements Converter<Json, PGobject> {
        @Override
        public PGobject convert(Json source) {
            PGobject json = new PGobject();
            json.setType("jsonb");
            try {
                json.setValue(source.text());
            } catch (SQLException e) {
                throw new IllegalArgumentException("Not storable as jsonb", e);
            }
            return json;
        }
    }

    @ReadingConverter
    static final class PgObjectToJson implements Converter<PGobject, Json> {
        @Override
        public Json convert(PGobject source) {
            return new Json(source.getValue());
        }
    }
}
