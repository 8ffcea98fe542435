package io.taoxi.jobs.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Infrastructure: reads {@code conf/*.yaml} into {@link PipelineConfig}. Unknown keys, wrong types and
 * values out of range fail with one line naming the file and the key.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /** Jackson set up for our YAML and manifests: snake_case keys, unknown keys fail. */
    public static ObjectMapper yamlMapper() {
        return configure(new ObjectMapper(new YAMLFactory()));
    }

    /** The same rules for JSON (manifests and the canonical form hashed into config_hash). */
    public static ObjectMapper jsonMapper() {
        return configure(JsonMapper.builder().build())
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true)
                .findAndRegisterModules();
    }

    public static PipelineConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public static PipelineConfig parse(String yaml, String origin) {
        try {
            PipelineConfig config = yamlMapper().readValue(yaml, PipelineConfig.class);
            if (config == null) {
                throw new ConfigException(origin + ": empty configuration");
            }
            return config;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new ConfigException(origin + ": unknown key '" + path(e) + "' (allowed here: " + known + ")", e);
        } catch (JsonMappingException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof ConfigException config) {
                throw new ConfigException(origin + ": " + config.getMessage(), e);
            }
            if (cause instanceof IllegalArgumentException illegal) {
                throw new ConfigException(origin + ": " + path(e) + ": " + illegal.getMessage(), e);
            }
            throw new ConfigException(origin + ": " + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(origin + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "(top level)" : b.toString();
    }
}
