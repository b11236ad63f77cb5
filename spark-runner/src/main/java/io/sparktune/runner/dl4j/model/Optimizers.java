package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Hyperparameters.CLIP_THRESHOLD;
import static io.sparktune.runner.dl4j.model.Hyperparameters.DECAY_EVERY;
import static io.sparktune.runner.dl4j.model.Hyperparameters.DECAY_RATE;
import static io.sparktune.runner.dl4j.model.Hyperparameters.EXPONENTIAL_DECAY_RATE;
import static io.sparktune.runner.dl4j.model.Hyperparameters.GRADIENT_CLIPPING;
import static io.sparktune.runner.dl4j.model.Hyperparameters.LEARNING_RATE;
import static io.sparktune.runner.dl4j.model.Hyperparameters.MIN_LEARNING_RATE;
import static io.sparktune.runner.dl4j.model.Hyperparameters.MOMENTUM;
import static io.sparktune.runner.dl4j.model.Hyperparameters.OPTIMIZER;
import static io.sparktune.runner.dl4j.model.Hyperparameters.PLATEAU_FACTOR;
import static io.sparktune.runner.dl4j.model.Hyperparameters.PLATEAU_PATIENCE;
import static io.sparktune.runner.dl4j.model.Hyperparameters.SCHEDULE;
import static io.sparktune.runner.dl4j.model.Hyperparameters.STEP_DECAY_RATE;

import java.util.Optional;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * The optimiser, its learning-rate schedule and gradient clipping, from the hyperparameters. The
 * optimisers, with DL4J's defaults for their other constants:
 * <ul>
 *   <li>{@code sgd}: plain stochastic gradient descent, Robbins and Monro (1951);</li>
 *   <li>{@code momentum}: heavy-ball momentum, Polyak (1964), see {@link Momentum};</li>
 *   <li>{@code nesterov}: Nesterov's accelerated gradient, Nesterov (1983), in the form of Sutskever et
 *       al. (ICML 2013);</li>
 *   <li>{@code adam} and {@code adamax}: Kingma and Ba, "Adam: A Method for Stochastic Optimization",
 *       ICLR 2015 (beta1 0.9, beta2 0.999, epsilon 1e-8);</li>
 *   <li>{@code nadam}: Dozat, "Incorporating Nesterov Momentum into Adam", ICLR workshop 2016;</li>
 *   <li>{@code rmsprop}: Tieleman and Hinton, Coursera lecture 6.5 (2012) (decay 0.95, epsilon 1e-8);</li>
 *   <li>{@code adagrad}: Duchi, Hazan and Singer, JMLR 2011 (epsilon 1e-6);</li>
 *   <li>{@code amsgrad}: Reddi, Kale and Kumar, "On the Convergence of Adam and Beyond", ICLR 2018.</li>
 * </ul>
 * Schedules, per epoch {@code e} counted from 0: {@code exponential}, {@code lr * decayRate^e};
 * {@code step}, {@code lr * decayRate^floor(e / decayEvery)} (both as in Bengio, "Practical
 * recommendations for gradient-based training of deep architectures", 2012); {@code plateau}, a
 * {@link Plateau} that the trainer applies from the validation loss (as Keras' and PyTorch's
 * ReduceLROnPlateau).
 */
final class Optimizers {

    private Optimizers() {
    }

    /** The optimiser, with its learning rate or the learning-rate schedule. */
    static IUpdater updater(Settings s) {
        double lr = s.number(LEARNING_RATE);
        double mu = s.number(MOMENTUM);
        IUpdater updater = switch (s.choice(OPTIMIZER, OptimizerKind.class)) {
            case SGD -> new Sgd(lr);
            case MOMENTUM -> new Momentum(lr, null, mu);
            case NESTEROV -> new Nesterovs(lr, mu);
            case ADAM -> new Adam(lr);
            case ADAMAX -> new AdaMax(lr);
            case NADAM -> new Nadam(lr);
            case RMSPROP -> new RmsProp(lr);
            case ADAGRAD -> new AdaGrad(lr);
            case AMSGRAD -> new AMSGrad(lr);
        };
        schedule(s).ifPresent(schedule -> updater.setLrAndSchedule(lr, schedule));
        return updater;
    }

    /** The per-epoch schedule of the learning rate; empty when it is constant or left to a {@link Plateau}. */
    static Optional<ISchedule> schedule(Settings s) {
        double lr = s.number(LEARNING_RATE);
        return switch (s.choice(SCHEDULE, ScheduleKind.class)) {
            case EXPONENTIAL -> Optional.of(new ExponentialSchedule(ScheduleType.EPOCH, lr,
                    s.numberOr(DECAY_RATE, EXPONENTIAL_DECAY_RATE)));
            case STEP -> Optional.of(new StepSchedule(ScheduleType.EPOCH, lr, s.numberOr(DECAY_RATE, STEP_DECAY_RATE),
                    s.integer(DECAY_EVERY)));
            case CONSTANT, PLATEAU -> Optional.empty();
        };
    }

    /** The reduce-on-plateau rule, when the schedule is {@code plateau}. */
    static Optional<Plateau> plateau(Settings s) {
        if (s.choice(SCHEDULE, ScheduleKind.class) != ScheduleKind.PLATEAU) {
            return Optional.empty();
        }
        return Optional.of(new Plateau(s.integer(PLATEAU_PATIENCE), s.number(PLATEAU_FACTOR),
                s.number(MIN_LEARNING_RATE)));
    }

    /** Sets the gradient clipping on the network's builder: every layer inherits it. */
    static void clip(Settings s, NeuralNetConfiguration.Builder builder) {
        Clipping clipping = s.choice(GRADIENT_CLIPPING, Clipping.class);
        builder.gradientNormalization(clipping.dl4j());
        if (clipping != Clipping.NONE) {
            builder.gradientNormalizationThreshold(s.number(CLIP_THRESHOLD));
        }
    }
}
