// Mutations of the plan editor.
import { graphql } from '../gql';

export const UpdateStepMutation = graphql(`
  mutation UpdateActionStep($input: UpdateActionStepInput!) {
    updateActionStep(input: $input) {
      step {
        id
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddStepMutation = graphql(`
  mutation AddActionStep($input: AddActionStepInput!) {
    addActionStep(input: $input) {
      step {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveActionMutation = graphql(`
  mutation RemoveAction($input: RemoveVersionedInput!) {
    removeAction(input: $input) {
      actionPlan {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TransitionMutation = graphql(`
  mutation TransitionActionPlan($input: TransitionActionPlanInput!) {
    transitionActionPlan(input: $input) {
      actionPlan {
        id
        stage
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MoveStepMutation = graphql(`
  mutation MoveActionStep($input: MoveActionStepInput!) {
    moveActionStep(input: $input) {
      step {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddActionMutation = graphql(`
  mutation AddAction($input: AddActionInput!) {
    addAction(input: $input) {
      action {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SubmitProgressReportMutation = graphql(`
  mutation SubmitProgressReport($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) {
      progressReport {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreateActionPlan($input: CreateActionPlanInput!) {
    createActionPlan(input: $input) {
      actionPlan {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      action {
        id
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveStepMutation = graphql(`
  mutation RemoveActionStep($input: RemoveVersionedInput!) {
    removeActionStep(input: $input) {
      action {
        id
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReplanStepMutation = graphql(`
  mutation ReplanActionStep($input: ReplanActionStepInput!) {
    replanActionStep(input: $input) {
      step {
        id
        version
        start
        end
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetBaselineMutation = graphql(`
  mutation SetPlanBaseline($input: SetPlanBaselineInput!) {
    setPlanBaseline(input: $input) {
      actionPlan {
        id
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
