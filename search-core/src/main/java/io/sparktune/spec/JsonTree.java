package io.sparktune.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads JSON text into a tree, reporting problems under the house rules: malformed JSON is one
 * problem at {@code $} with its line and column; a key that appears twice in one object is a
 * problem at its path (the first value is kept, so that reading goes on and finds the rest).
 */
public final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final Problems problems;

    private JsonTree(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** The tree of {@code json}, or null (with a problem at {@code $}) when it is not well-formed JSON. */
    public static JsonNode parse(String json, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add("$", "the input is empty, expected a JSON object");
                return null;
            }
            JsonNode root = new JsonTree(parser, problems).value("$");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add("$", "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + ": unexpected content after the end of the top-level value");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add("$", "malformed JSON" + where + ": " + plain(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode value(String path) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(path);
            case START_ARRAY:
                return array(path);
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private ObjectNode object(String path) throws IOException {
        ObjectNode object = NODES.objectNode();
        Map<String, JsonLocation> seen = new HashMap<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
            String key = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            parser.nextToken();
            String childPath = JsonPaths.child(path, key);
            JsonNode child = value(childPath);
            JsonLocation first = seen.putIfAbsent(key, at);
            if (first == null) {
                object.set(key, child);
            } else {
                problems.add(childPath, "duplicate key: \"" + key + "\" appears at line " + first.getLineNr()
                        + ", column " + first.getColumnNr() + " and again at line " + at.getLineNr() + ", column "
                        + at.getColumnNr() + "; a key may appear only once");
            }
        }
        return object;
    }

    private ArrayNode array(String path) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(JsonPaths.index(path, array.size())));
        }
        return array;
    }

    /** The parser's message without its pointer to the source, which names internals. */
    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "not valid JSON";
        }
        String text = message.replaceAll("\\s*\\(for [^)]*\\[Source:[^\\]]*\\][^)]*\\)", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll("\\s*\\(start marker at\\s*\\)", "");
        int newline = text.indexOf('\n');
        return (newline >= 0 ? text.substring(0, newline) : text).strip();
    }
}
