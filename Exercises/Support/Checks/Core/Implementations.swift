import ExerciseKit
import NeuralKit

/// Every exercise function, as a table of closures: the graders call an implementation only through it,
/// so the same graders run against the learner's module (`check`) and against `Solutions`
/// (`check-solutions`), and a mutant is the reference table with one entry replaced.
public struct Implementations: Sendable {
  public var neurons: Neurons
  public var activations: Activations
  public var losses: Losses
  public var optimizers: Optimizers
  public var forwardBackward: ForwardBackward
  public var multilayerPerceptron: MultilayerPerceptron
  public var efficiency: Efficiency
  public var techniques: Techniques

  public init(
    neurons: Neurons, activations: Activations, losses: Losses, optimizers: Optimizers,
    forwardBackward: ForwardBackward, multilayerPerceptron: MultilayerPerceptron, efficiency: Efficiency,
    techniques: Techniques
  ) {
    self.neurons = neurons
    self.activations = activations
    self.losses = losses
    self.optimizers = optimizers
    self.forwardBackward = forwardBackward
    self.multilayerPerceptron = multilayerPerceptron
    self.efficiency = efficiency
    self.techniques = techniques
  }
}

/// A function of one real variable, the shape of every activation exercise.
public typealias RealFunction = @Sendable (Double) -> Double

extension Implementations {
  /// Chapter 01.
  public struct Neurons: Sendable {
    public var neuronOutput: @Sendable (_ weights: [Double], _ bias: Double, _ input: [Double], _ activation: RealFunction) -> Double
    public var perceptronUpdate: @Sendable (
      _ weights: inout [Double], _ bias: inout Double, _ input: [Double], _ target: Double, _ learningRate: Double
    ) -> Void
    public var trainPerceptron: @Sendable (
      _ samples: [[Double]], _ targets: [Double], _ learningRate: Double, _ maxEpochs: Int
    ) -> (weights: [Double], bias: Double, epochs: Int)

    public init(
      neuronOutput: @escaping @Sendable ([Double], Double, [Double], RealFunction) -> Double,
      perceptronUpdate: @escaping @Sendable (inout [Double], inout Double, [Double], Double, Double) -> Void,
      trainPerceptron: @escaping @Sendable ([[Double]], [Double], Double, Int) -> (weights: [Double], bias: Double, epochs: Int)
    ) {
      self.neuronOutput = neuronOutput
      self.perceptronUpdate = perceptronUpdate
      self.trainPerceptron = trainPerceptron
    }
  }

  /// Chapter 02.
  public struct Activations: Sendable {
    public var sigmoid, sigmoidDerivative, hyperbolicTangent, hyperbolicTangentDerivative: RealFunction
    public var relu, reluDerivative, softplus: RealFunction

    public init(
      sigmoid: @escaping RealFunction, sigmoidDerivative: @escaping RealFunction,
      hyperbolicTangent: @escaping RealFunction, hyperbolicTangentDerivative: @escaping RealFunction,
      relu: @escaping RealFunction, reluDerivative: @escaping RealFunction, softplus: @escaping RealFunction
    ) {
      self.sigmoid = sigmoid
      self.sigmoidDerivative = sigmoidDerivative
      self.hyperbolicTangent = hyperbolicTangent
      self.hyperbolicTangentDerivative = hyperbolicTangentDerivative
      self.relu = relu
      self.reluDerivative = reluDerivative
      self.softplus = softplus
    }
  }

  /// Chapter 03.
  public struct Losses: Sendable {
    public var meanSquaredError: @Sendable (_ prediction: Matrix, _ target: Matrix) -> Double
    public var meanSquaredErrorGradient: @Sendable (_ prediction: Matrix, _ target: Matrix) -> Matrix
    public var softmax: @Sendable (_ logits: Matrix) -> Matrix
    public var crossEntropyLoss: @Sendable (_ logits: Matrix, _ labels: [Int]) -> Double
    public var crossEntropyGradient: @Sendable (_ logits: Matrix, _ labels: [Int]) -> Matrix

    public init(
      meanSquaredError: @escaping @Sendable (Matrix, Matrix) -> Double,
      meanSquaredErrorGradient: @escaping @Sendable (Matrix, Matrix) -> Matrix,
      softmax: @escaping @Sendable (Matrix) -> Matrix,
      crossEntropyLoss: @escaping @Sendable (Matrix, [Int]) -> Double,
      crossEntropyGradient: @escaping @Sendable (Matrix, [Int]) -> Matrix
    ) {
      self.meanSquaredError = meanSquaredError
      self.meanSquaredErrorGradient = meanSquaredErrorGradient
      self.softmax = softmax
      self.crossEntropyLoss = crossEntropyLoss
      self.crossEntropyGradient = crossEntropyGradient
    }
  }

  /// Chapter 04: each step updates the parameters and the optimizer's state in place.
  public struct Optimizers: Sendable {
    public var momentumStep: @Sendable (
      _ parameters: inout [Double], _ gradients: [Double], _ velocity: inout [Double], _ learningRate: Double,
      _ momentum: Double
    ) -> Void
    public var rmspropStep: @Sendable (
      _ parameters: inout [Double], _ gradients: [Double], _ squareAverage: inout [Double], _ learningRate: Double,
      _ decay: Double, _ epsilon: Double
    ) -> Void
    public var adamStep: @Sendable (
      _ parameters: inout [Double], _ gradients: [Double], _ firstMoment: inout [Double], _ secondMoment: inout [Double],
      _ step: Int, _ learningRate: Double, _ beta1: Double, _ beta2: Double, _ epsilon: Double
    ) -> Void

    public init(
      momentumStep: @escaping @Sendable (inout [Double], [Double], inout [Double], Double, Double) -> Void,
      rmspropStep: @escaping @Sendable (inout [Double], [Double], inout [Double], Double, Double, Double) -> Void,
      adamStep: @escaping @Sendable (
        inout [Double], [Double], inout [Double], inout [Double], Int, Double, Double, Double, Double
      ) -> Void
    ) {
      self.momentumStep = momentumStep
      self.rmspropStep = rmspropStep
      self.adamStep = adamStep
    }
  }

  /// Chapter 05.
  public struct ForwardBackward: Sendable {
    public var denseForward: @Sendable (_ input: Matrix, _ weights: Matrix, _ bias: Matrix) -> Matrix
    public var denseBackward: @Sendable (_ input: Matrix, _ weights: Matrix, _ outputGradient: Matrix) -> (
      inputGradient: Matrix, weightsGradient: Matrix, biasGradient: Matrix
    )
    public var backward: @Sendable (_ output: Scalar) -> Void
    public var gradientCheck: @Sendable (
      _ function: ([Double]) -> Double, _ gradient: [Double], _ point: [Double]
    ) -> Double

    public init(
      denseForward: @escaping @Sendable (Matrix, Matrix, Matrix) -> Matrix,
      denseBackward: @escaping @Sendable (Matrix, Matrix, Matrix) -> (
        inputGradient: Matrix, weightsGradient: Matrix, biasGradient: Matrix
      ),
      backward: @escaping @Sendable (Scalar) -> Void,
      gradientCheck: @escaping @Sendable (([Double]) -> Double, [Double], [Double]) -> Double
    ) {
      self.denseForward = denseForward
      self.denseBackward = denseBackward
      self.backward = backward
      self.gradientCheck = gradientCheck
    }
  }

  /// Chapter 06.
  public struct MultilayerPerceptron: Sendable {
    public var trainInMinibatches: @Sendable (
      _ exampleCount: Int, _ batchSize: Int, _ epochs: Int, _ shuffledOrder: (Int) -> [Int], _ step: ([Int]) -> Double
    ) -> [Double]
    public var accuracy: @Sendable (_ logits: Matrix, _ labels: [Int]) -> Double
    public var confusionMatrix: @Sendable (_ labels: [Int], _ predictions: [Int], _ classCount: Int) -> [[Int]]

    public init(
      trainInMinibatches: @escaping @Sendable (Int, Int, Int, (Int) -> [Int], ([Int]) -> Double) -> [Double],
      accuracy: @escaping @Sendable (Matrix, [Int]) -> Double,
      confusionMatrix: @escaping @Sendable ([Int], [Int], Int) -> [[Int]]
    ) {
      self.trainInMinibatches = trainInMinibatches
      self.accuracy = accuracy
      self.confusionMatrix = confusionMatrix
    }
  }

  /// Chapter 07.
  public struct Efficiency: Sendable {
    public var matmulReordered: @Sendable (_ a: Matrix, _ b: Matrix) -> Matrix
    public var matmulBlocked: @Sendable (_ a: Matrix, _ b: Matrix, _ blockSize: Int) -> Matrix
    public var matmulOperationCount: @Sendable (_ rows: Int, _ inner: Int, _ columns: Int) -> Int
    public var gigaflops: @Sendable (_ operations: Int, _ seconds: Double) -> Double

    public init(
      matmulReordered: @escaping @Sendable (Matrix, Matrix) -> Matrix,
      matmulBlocked: @escaping @Sendable (Matrix, Matrix, Int) -> Matrix,
      matmulOperationCount: @escaping @Sendable (Int, Int, Int) -> Int,
      gigaflops: @escaping @Sendable (Int, Double) -> Double
    ) {
      self.matmulReordered = matmulReordered
      self.matmulBlocked = matmulBlocked
      self.matmulOperationCount = matmulOperationCount
      self.gigaflops = gigaflops
    }
  }

  /// Chapter 08.
  public struct Techniques: Sendable {
    public var batchNormForward: @Sendable (_ input: Matrix, _ gamma: [Double], _ beta: [Double], _ epsilon: Double) -> Matrix
    public var batchNormBackward: @Sendable (
      _ input: Matrix, _ gamma: [Double], _ outputGradient: Matrix, _ epsilon: Double
    ) -> (inputGradient: Matrix, gammaGradient: [Double], betaGradient: [Double])
    public var dropout: @Sendable (
      _ input: Matrix, _ dropProbability: Double, _ training: Bool, _ generator: inout SeededGenerator
    ) -> Matrix

    public init(
      batchNormForward: @escaping @Sendable (Matrix, [Double], [Double], Double) -> Matrix,
      batchNormBackward: @escaping @Sendable (Matrix, [Double], Matrix, Double) -> (
        inputGradient: Matrix, gammaGradient: [Double], betaGradient: [Double]
      ),
      dropout: @escaping @Sendable (Matrix, Double, Bool, inout SeededGenerator) -> Matrix
    ) {
      self.batchNormForward = batchNormForward
      self.batchNormBackward = batchNormBackward
      self.dropout = dropout
    }
  }
}
