package io.sparktune.cli;

/** Study files for the command-line tests. */
final class Studies {

    private Studies() {
    }

    /** Random search on Branin with {@code trials} trials, two at a time. */
    static String branin(int trials) {
        return """
                {
                  "name": "branin-test",
                  "seed": 42,
                  "objective": {"metric": "value", "direction": "minimize"},
                  "space": {
                    "x0": {"type": "float", "low": -5, "high": 10},
                    "x1": {"type": "float", "low": 0, "high": 15}
                  },
                  "strategy": {"type": "random"},
                  "budget": {"maxTrials": %d, "maxConcurrent": 2},
                  "trainer": {"type": "function", "name": "branin"}
                }
                """.formatted(trials);
    }

    /** A study whose trials run {@code script} (in the study's folder) with the command trainer. */
    static String command(String script, int trials, String extraBudget) {
        return """
                {
                  "name": "command-test",
                  "seed": 3,
                  "objective": {"metric": "loss", "direction": "minimize"},
                  "space": {"x": {"type": "float", "low": 0, "high": 1}},
                  "budget": {"maxTrials": %d, "maxConcurrent": 2%s},
                  "trainer": {"type": "command", "command": ["python3", "%s"]}
                }
                """.formatted(trials, extraBudget, script);
    }
}
