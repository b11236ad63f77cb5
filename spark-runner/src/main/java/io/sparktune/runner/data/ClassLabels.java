package io.sparktune.runner.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classes from the label values of a CSV file: the distinct values in sorted order, class 0 the
 * first. When every value is a number they sort as numbers (so "10" comes after "9", and "1" and
 * "1.0" are one class); otherwise as strings.
 *
 * @param names each class's label, as first written in the file
 * @param indices each example's class
 */
record ClassLabels(List<String> names, float[] indices) {

    static ClassLabels of(List<String> labels) {
        boolean numeric = labels.stream().allMatch(ClassLabels::isNumber);
        Map<Object, String> firstSpelling = new TreeMap<>();
        for (String label : labels) {
            firstSpelling.putIfAbsent(key(label, numeric), label);
        }
        Map<Object, Integer> classOf = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<Object, String> e : firstSpelling.entrySet()) {
            classOf.put(e.getKey(), names.size());
            names.add(e.getValue());
        }
        float[] indices = new float[labels.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = classOf.get(key(labels.get(i), numeric));
        }
        return new ClassLabels(List.copyOf(names), indices);
    }

    private static Object key(String label, boolean numeric) {
        return numeric ? (Object) (Double.parseDouble(label) + 0.0) : label;
    }

    private static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
