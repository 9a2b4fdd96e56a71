import type { ParsedQuestion } from '@panelwise/guide-parser';

// Hand-checked against samples/deep-learning-engineer.md.
export const deepLearningQuestions: ParsedQuestion[] = [
  {
    kind: 'Technical Questions',
    kindKey: 'technical',
    number: 1,
    prompt:
      'Explain the difference between batch normalization and layer normalization.',
    context: null,
    answer: {
      summary: null,
      fields: [],
      parts: [
        {
          title: 'Batch Normalization',
          fields: [
            {
              label: 'Description',
              text: 'A technique to normalize the inputs of each layer for each mini-batch, reducing internal covariate shift.',
            },
            {
              label: 'Real-world example',
              text: 'Used in training CNNs to stabilize learning by normalizing inputs to each layer.',
            },
            {
              label: 'Best practices',
              text: 'Place before activation functions like ReLU.',
            },
            {
              label: 'Pitfalls',
              text: 'Small batch sizes may lead to noisy estimates of mean and variance.',
            },
            {
              label: 'Adaptation',
              text: 'Use group normalization for scenarios where batch sizes are small.',
            },
          ],
        },
        {
          title: 'Layer Normalization',
          fields: [
            {
              label: 'Description',
              text: 'Normalizes across the features of a single training case, rather than across a mini-batch.',
            },
            {
              label: 'Real-world example',
              text: 'Effective in RNNs where batch sizes are typically one sample.',
            },
            {
              label: 'Best practices',
              text: 'Useful in situations where batch effects must be minimized.',
            },
            {
              label: 'Pitfalls',
              text: 'May not work well where mini-batch statistics are important.',
            },
            {
              label: 'Adaptation',
              text: 'Consider alternatives like instance normalization for style transfer tasks.',
            },
          ],
        },
      ],
    },
    followUps: [
      'How would you decide between these methods in a new architecture?',
      'Discuss potential performance implications when deploying models in production.',
    ],
    lines: {
      start: 67,
      end: 86,
    },
  },
  {
    kind: 'Technical Questions',
    kindKey: 'technical',
    number: 2,
    prompt:
      'Describe the backpropagation algorithm and its role in training neural networks.',
    context: null,
    answer: {
      summary: null,
      fields: [
        {
          label: 'Description',
          text: 'Backpropagation is an optimization algorithm used to minimize the error function by adjusting weights.',
        },
        {
          label: 'Process',
          children: [
            {
              label: 'Forward Pass',
              text: 'Compute the loss using the current weights.',
            },
            {
              label: 'Backward Pass',
              text: 'Calculate gradients of the loss concerning each weight using the chain rule.',
            },
            {
              label: 'Weight Update',
              text: 'Adjust weights using gradient descent.',
            },
          ],
          ordered: true,
        },
        {
          label: 'Example',
          text: 'Training a simple feedforward neural network for image classification.',
        },
        {
          label: 'Best practices',
          items: [
            'Use adaptive learning rates (e.g., Adam, RMSprop) for efficient convergence.',
            'Regularize models (e.g., L2 regularization) to prevent overfitting.',
          ],
        },
        {
          label: 'Pitfalls',
          items: [
            'Vanishing/exploding gradients in deep networks.',
            'Overfitting on small datasets.',
          ],
        },
        {
          label: 'Adaptation',
          items: [
            'Implement gradient clipping to handle exploding gradients.',
            'Use ReLU activations to mitigate vanishing gradients.',
          ],
        },
      ],
      parts: [],
    },
    followUps: [
      'How would you handle a situation where backpropagation is too slow?',
      'Describe a scenario where backpropagation may not be effective.',
    ],
    lines: {
      start: 88,
      end: 108,
    },
  },
  {
    kind: 'Behavioral Questions',
    kindKey: 'behavioral',
    number: 3,
    prompt:
      'Describe a time when you had to work collaboratively on a deep learning project.',
    context: null,
    answer: {
      summary: null,
      fields: [
        {
          label: 'Scenario',
          text: 'Collaborated on a project to develop an AI-based image recognition system.',
        },
        {
          label: 'Role',
          text: 'Led the model development team, coordinating with data engineers and domain experts.',
        },
        {
          label: 'Action',
          text: 'Set up regular cross-functional meetings to align objectives and share progress.',
        },
        {
          label: 'Outcome',
          text: 'Successfully developed a model that increased image classification accuracy by 15%.',
        },
        {
          label: 'Best practices',
          items: [
            'Establish clear communication channels.',
            'Define roles and responsibilities early in the project.',
          ],
        },
        {
          label: 'Pitfalls',
          items: ['Misalignment of goals between teams can delay progress.'],
        },
        {
          label: 'Adaptation',
          text: 'Use agile methodologies to iterate quickly and incorporate feedback.',
        },
      ],
      parts: [],
    },
    followUps: [
      'How do you handle conflicts within a team?',
      'Discuss how you ensure that project objectives align with business goals.',
    ],
    lines: {
      start: 112,
      end: 128,
    },
  },
  {
    kind: 'Behavioral Questions',
    kindKey: 'behavioral',
    number: 4,
    prompt:
      'Give an example of how you dealt with a significant technical challenge in a project.',
    context: null,
    answer: {
      summary: null,
      fields: [
        {
          label: 'Scenario',
          text: 'Encountered issues with model convergence while training a large-scale NLP model.',
        },
        {
          label: 'Approach',
          text: 'Conducted a thorough analysis of the learning rate and model architecture.',
        },
        {
          label: 'Action',
          text: 'Experimented with different optimizers and implemented learning rate schedules.',
        },
        {
          label: 'Outcome',
          text: 'Achieved stable convergence, reducing training time by 30%.',
        },
        {
          label: 'Best practices',
          items: [
            'Use visualization tools to monitor training metrics.',
            'Regularly review and adapt hyperparameters.',
          ],
        },
        {
          label: 'Pitfalls',
          items: ['Ignoring early signs of divergence in model training.'],
        },
        {
          label: 'Adaptation',
          text: 'Implement early stopping to avoid wasted resources.',
        },
      ],
      parts: [],
    },
    followUps: [
      'How do you prioritize which technical challenges to address first?',
      'Discuss a time when a solution you implemented didn’t work as expected.',
    ],
    lines: {
      start: 130,
      end: 146,
    },
  },
  {
    kind: 'Situational Questions',
    kindKey: 'situational',
    number: 5,
    prompt:
      'How would you approach deploying a deep learning model in a resource-constrained environment?',
    context: null,
    answer: {
      summary: null,
      fields: [
        {
          label: 'Scenario',
          text: 'Deploy a speech recognition model on edge devices with limited computational power.',
        },
        {
          label: 'Approach',
          items: [
            'Optimize the model through techniques like quantization and pruning.',
            'Use lightweight architectures like MobileNet or TinyML models.',
          ],
        },
        {
          label: 'Action',
          text: 'Implemented model compression and reduced the model size by 50%.',
        },
        {
          label: 'Outcome',
          text: 'Achieved real-time inference on edge devices with minimal latency.',
        },
        {
          label: 'Best practices',
          items: [
            'Profile model performance on target hardware.',
            'Continuously monitor deployed models for performance degradation.',
          ],
        },
        {
          label: 'Pitfalls',
          items: ['Over-compression can lead to loss of accuracy.'],
        },
        {
          label: 'Adaptation',
          text: 'Balance between model accuracy and performance through iterative testing.',
        },
      ],
      parts: [],
    },
    followUps: [
      'How do you ensure model updates are efficiently rolled out to edge devices?',
      'Discuss the trade-offs between model complexity and performance.',
    ],
    lines: {
      start: 150,
      end: 168,
    },
  },
  {
    kind: 'Situational Questions',
    kindKey: 'situational',
    number: 6,
    prompt:
      'If tasked with improving an existing model’s accuracy by 10%, what steps would you take?',
    context: null,
    answer: {
      summary: null,
      fields: [
        {
          label: 'Scenario',
          text: 'Enhance a model used for predicting customer churn in a subscription service.',
        },
        {
          label: 'Approach',
          items: [
            'Evaluate the current feature set and explore feature engineering opportunities.',
            'Test different model architectures and hyperparameters.',
          ],
        },
        {
          label: 'Action',
          text: 'Introduced new features derived from user behavior data and fine-tuned the model.',
        },
        {
          label: 'Outcome',
          text: 'Increased model accuracy by 12% and improved overall predictive power.',
        },
        {
          label: 'Best practices',
          items: [
            'Use cross-validation to ensure model robustness.',
            'Continuously evaluate feature importance and redundancy.',
          ],
        },
        {
          label: 'Pitfalls',
          items: ['Overfitting due to an excessive number of features.'],
        },
        {
          label: 'Adaptation',
          text: 'Use techniques like regularization to mitigate overfitting.',
        },
      ],
      parts: [],
    },
    followUps: [
      'How do you measure the success of model improvements beyond accuracy?',
      'Discuss how you handle cases where model performance plateaus.',
    ],
    lines: {
      start: 170,
      end: 188,
    },
  },
  {
    kind: 'Problem-solving Questions',
    kindKey: 'problem-solving',
    number: 7,
    prompt:
      'How would you design a system to handle real-time image classification from multiple camera feeds?',
    context: null,
    answer: {
      summary: null,
      fields: [
        {
          label: 'Scenario',
          text: 'Develop a system for a smart surveillance network.',
        },
        {
          label: 'Approach',
          items: [
            'Utilize a distributed architecture with edge computing for initial image processing.',
            'Implement a central server for aggregating and analyzing results.',
          ],
        },
        {
          label: 'Action',
          text: 'Designed a pipeline using lightweight models at the edge and more complex models at the server.',
        },
        {
          label: 'Outcome',
          text: 'Achieved efficient real-time processing with scalable deployment.',
        },
        {
          label: 'Best practices',
          items: [
            'Ensure low latency and high throughput with asynchronous processing.',
            'Use message queues for managing data flow between components.',
          ],
        },
        {
          label: 'Pitfalls',
          items: ['Network latency can affect real-time performance.'],
        },
        {
          label: 'Adaptation',
          text: 'Implement fallback mechanisms for network failures.',
        },
      ],
      parts: [],
    },
    followUps: [
      'How do you ensure data privacy and security in such a system?',
      'Discuss the scalability of your design with an increasing number of camera feeds.',
    ],
    lines: {
      start: 192,
      end: 210,
    },
  },
  {
    kind: 'Problem-solving Questions',
    kindKey: 'problem-solving',
    number: 8,
    prompt:
      'Describe how you would handle a model that performs well on a training dataset but poorly on new data.',
    context: null,
    answer: {
      summary: null,
      fields: [
        {
          label: 'Scenario',
          text: 'A sentiment analysis model showing high training accuracy but low generalization to new reviews.',
        },
        {
          label: 'Approach',
          items: [
            'Conduct error analysis to identify patterns of misclassification.',
            'Investigate data distribution and feature representation.',
          ],
        },
        {
          label: 'Action',
          text: 'Introduced data augmentation techniques and diversified training data.',
        },
        {
          label: 'Outcome',
          text: 'Improved generalization and reduced overfitting, increasing test accuracy by 20%.',
        },
        {
          label: 'Best practices',
          items: [
            'Regularly validate models on a separate validation set.',
            'Use techniques like dropout to improve generalization.',
          ],
        },
        {
          label: 'Pitfalls',
          items: [
            'Relying too much on complex models without addressing data issues.',
          ],
        },
        {
          label: 'Adaptation',
          text: 'Simplify the model architecture if overfitting persists.',
        },
      ],
      parts: [],
    },
    followUps: [
      'How would you handle a scenario where data augmentation does not improve performance?',
      'Discuss alternative approaches to improve model generalization.',
    ],
    lines: {
      start: 212,
      end: 230,
    },
  },
];
