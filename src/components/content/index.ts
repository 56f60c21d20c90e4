/** The components MDX pages may use without importing them (see MDX_COMPONENTS in the remark plugin). */
import Inset from './Inset.astro';
import LocaleLink from './LocaleLink.astro';
import Org from './Org.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';
import Warning from './Warning.astro';

export const contentComponents = { a: LocaleLink, Inset, Org, Step, Steps, Term, Warning };
