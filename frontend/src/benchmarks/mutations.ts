// Mutations of the benchmark editor (issue 13).
import { graphql } from '../gql';

export const UpdateBenchmarkMutation = graphql(`
  mutation UpdateBenchmark($input: UpdateBenchmarkInput!) {
    updateBenchmark(input: $input) {
      benchmark {
        id
        version
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ValidateBenchmarkMutation = graphql(`
  mutation ValidateBenchmark($input: ValidateBenchmarkInput!) {
    validateBenchmark(input: $input) {
      benchmark {
        id
        version
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const BenchmarkAreasQuery = graphql(`
  query BenchmarkAreas {
    thematicAreas(first: 100) {
      nodes {
        id
        number
        title
      }
    }
  }
`);
