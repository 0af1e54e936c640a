import { graphql } from "../../gql";

export const MeFieldsFragment = graphql(`
  fragment MeFields on Me {
    id
    displayName
    email
    role
    serviceId
    serviceName
    permissions
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      me {
        ...MeFields
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);
