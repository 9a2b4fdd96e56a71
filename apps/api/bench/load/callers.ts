import { signIn, type SignedIn } from './graphql-http';

/** Signed-in users by email, each signed in once; any API replica on the database accepts the cookies. */
export class Callers {
  private readonly signedIn = new Map<string, Promise<SignedIn>>();

  constructor(
    private readonly baseUrl: string,
    private readonly passwordFor: (email: string) => string,
  ) {}

  get(email: string): Promise<SignedIn> {
    let caller = this.signedIn.get(email);
    if (!caller) {
      caller = signIn(this.baseUrl, email, this.passwordFor(email));
      this.signedIn.set(email, caller);
    }

    return caller;
  }
}
