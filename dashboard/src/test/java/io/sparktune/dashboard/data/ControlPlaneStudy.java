package io.sparktune.dashboard.data;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.StudyRecord;
import io.sparktune.study.Study;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/** A study on a control plane, made from a study file's text, for tests to ask, report and tell by hand. */
public final class ControlPlaneStudy {

    /** A branin study named {@code name}: two float parameters, random search, ASHA, 20 trials. */
    public static String braninJson(String name) {
        return """
                {"name": "%s", "seed": 3,
                 "objective": {"metric": "loss", "direction": "minimize"},
                 "space": {"x0": {"type": "float", "low": -5, "high": 10},
                           "x1": {"type": "float", "low": 0, "high": 15}},
                 "strategy": {"type": "random"},
                 "scheduler": {"type": "asha", "options": {"maxT": 9, "gracePeriod": 1, "reductionFactor": 3}},
                 "budget": {"maxTrials": 20, "maxConcurrent": 2},
                 "trainer": {"type": "function", "name": "branin", "steps": 9}}
                """.formatted(name);
    }

    private ControlPlaneStudy() {
    }

    /** Creates the study {@code json} describes on {@code instance}'s control plane. */
    public static Study create(HazelcastInstance instance, String json) {
        StudySpec spec = StudySpecReader.read(json, Path.of("."));
        var store = new HazelcastStudies(instance).create(new StudyRecord(spec.name(), spec.objective().direction(),
                json, Instant.now()));
        return new Study(spec.name(), spec.seed(), spec.space(), Samplers.create(spec.strategy()),
                Schedulers.create(spec.scheduler()), store, Clock.systemUTC());
    }
}
