// The runner of `check` (the learner's exercises) and, through the symbolic link
// Support/SolutionsRunner/main.swift with SOLUTIONS defined, of `check-solutions` (the reference answers
// and the mutants). The names below resolve to whichever module is imported.
#if SOLUTIONS
  import Mutants
  import Solutions
#else
  import Exercises
#endif
import Checks

let implementations = Implementations(
  neurons: .init(neuronOutput: neuronOutput, perceptronUpdate: perceptronUpdate, trainPerceptron: trainPerceptron),
  activations: .init(
    sigmoid: sigmoid, sigmoidDerivative: sigmoidDerivative, hyperbolicTangent: hyperbolicTangent,
    hyperbolicTangentDerivative: hyperbolicTangentDerivative, relu: relu, reluDerivative: reluDerivative,
    softplus: softplus),
  losses: .init(
    meanSquaredError: meanSquaredError, meanSquaredErrorGradient: meanSquaredErrorGradient, softmax: softmax,
    crossEntropyLoss: crossEntropyLoss, crossEntropyGradient: crossEntropyGradient),
  optimizers: .init(momentumStep: momentumStep, rmspropStep: rmspropStep, adamStep: adamStep),
  forwardBackward: .init(
    denseForward: denseForward, denseBackward: denseBackward, backward: backward, gradientCheck: gradientCheck),
  multilayerPerceptron: .init(
    trainInMinibatches: trainInMinibatches, accuracy: accuracy, confusionMatrix: confusionMatrix),
  efficiency: .init(
    matmulReordered: matmulReordered, matmulBlocked: matmulBlocked, matmulOperationCount: matmulOperationCount,
    gigaflops: gigaflops),
  techniques: .init(batchNormForward: batchNormForward, batchNormBackward: batchNormBackward, dropout: dropout))

#if SOLUTIONS
  runChecks(implementations: implementations, mutants: allMutants())
#else
  runChecks(implementations: implementations, mutants: [])
#endif
