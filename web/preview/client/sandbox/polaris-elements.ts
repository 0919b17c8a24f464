/**
 * Minimal renderings of the Polaris checkout web components the extension uses (`<s-stack>`, `<s-button>`…):
 * enough layout, tone and behaviour to see and use the block as a buyer would — not a copy of Shopify's styles.
 * Preact sets unknown props on custom elements as attributes, so every prop arrives lower-cased here.
 */
const SPACE: Readonly<Record<string, string>> = {
  none: '0',
  'small-500': '2px',
  'small-400': '4px',
  'small-300': '6px',
  'small-200': '8px',
  'small-100': '10px',
  small: '12px',
  base: '16px',
  large: '20px',
  'large-100': '24px',
  'large-200': '28px',
  'large-300': '32px',
};
const space = (value: string | null): string =>
  (value ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => SPACE[token] ?? '0')
    .join(' ') || '0';

abstract class PreviewElement extends HTMLElement {
  protected readonly root = this.attachShadow({ mode: 'open' });
  connectedCallback(): void {
    this.update();
  }
  attributeChangedCallback(): void {
    this.update();
  }
  protected abstract update(): void;
}

function styled(css: string, html = '<slot></slot>'): string {
  return `<style>${css}</style>${html}`;
}

/** `accessibilityRole` values the extension uses, as the ARIA roles checkout renders them with. */
const ROLES: Readonly<Record<string, string>> = { status: 'status', alert: 'alert' };

class SStack extends PreviewElement {
  static observedAttributes = ['direction', 'gap', 'alignitems', 'justifycontent', 'accessibilityrole'];
  constructor() {
    super();
    this.root.innerHTML = styled(':host{display:flex;min-width:0}');
  }
  protected update(): void {
    const role = ROLES[this.getAttribute('accessibilityrole') ?? ''];
    if (role) this.setAttribute('role', role);
    else this.removeAttribute('role');
    const inline = this.getAttribute('direction') === 'inline';
    Object.assign(this.style, {
      flexDirection: inline ? 'row' : 'column',
      flexWrap: inline ? 'wrap' : 'nowrap',
      gap: space(this.getAttribute('gap')),
      alignItems: this.getAttribute('alignitems') ?? (inline ? 'baseline' : 'stretch'),
      justifyContent: this.getAttribute('justifycontent') ?? 'start',
    });
  }
}

class SGrid extends PreviewElement {
  static observedAttributes = ['gridtemplatecolumns', 'gap', 'alignitems'];
  constructor() {
    super();
    this.root.innerHTML = styled(':host{display:grid;min-width:0}');
  }
  protected update(): void {
    Object.assign(this.style, {
      gridTemplateColumns: this.getAttribute('gridtemplatecolumns') ?? 'auto',
      gap: space(this.getAttribute('gap')),
      alignItems: this.getAttribute('alignitems') ?? 'start',
    });
  }
}

class SHeading extends PreviewElement {
  constructor() {
    super();
    this.root.innerHTML = styled(
      'h2{font:600 1.05rem/1.3 system-ui,sans-serif;margin:0;color:#1a1a1a}',
      '<h2><slot></slot></h2>',
    );
  }
  protected update(): void {}
}

class SText extends PreviewElement {
  constructor() {
    super();
    this.root.innerHTML = styled(
      ':host{display:inline;font:0.92rem/1.4 system-ui,sans-serif;color:#1a1a1a}:host([type=strong]){font-weight:600}' +
        ':host([color=subdued]){color:#6b6b6b}:host([type=redundant]){text-decoration:line-through;color:#6b6b6b}' +
        ':host([tone=success]){color:#0b7a3e;font-weight:600}:host([tone=critical]){color:#c5280c}' +
        // accessibilityVisibility="exclusive": for screen readers only.
        ':host([accessibilityvisibility=exclusive]){position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
    );
  }
  protected update(): void {}
}

class SBadge extends PreviewElement {
  constructor() {
    super();
    this.root.innerHTML = styled(
      ':host{display:inline-block;padding:0 8px;border-radius:10px;background:#e3f1df;color:#0b5c2e;font:600 0.8rem/1.6 system-ui,sans-serif}',
    );
  }
  protected update(): void {}
}

class SButton extends PreviewElement {
  static observedAttributes = ['disabled', 'loading', 'variant', 'accessibilitylabel'];
  private readonly button: HTMLButtonElement;
  constructor() {
    super();
    this.root.innerHTML = styled(
      'button{font:600 0.9rem/1 system-ui,sans-serif;padding:10px 14px;border-radius:6px;border:1px solid #1773b0;background:#fff;color:#1773b0;cursor:pointer;white-space:nowrap}' +
        'button.primary{background:#1773b0;color:#fff}button:disabled{opacity:.55;cursor:default}button:focus-visible{outline:2px solid #1773b0;outline-offset:2px}' +
        '.spin{display:none;width:10px;height:10px;margin-right:6px;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;animation:r .7s linear infinite}' +
        ':host([loading]:not([loading=false])) .spin{display:inline-block}@keyframes r{to{transform:rotate(360deg)}}',
      '<button type="button"><span class="spin"></span><slot></slot></button>',
    );
    this.button = this.root.querySelector('button') as HTMLButtonElement;
  }
  protected update(): void {
    const on = (name: string) => this.hasAttribute(name) && this.getAttribute(name) !== 'false';
    // A disabled inner button fires no click, so the extension's handler on the host never runs.
    this.button.disabled = on('disabled') || on('loading');
    this.button.className = this.getAttribute('variant') === 'primary' ? 'primary' : '';
    const label = this.getAttribute('accessibilitylabel');
    if (label) this.button.setAttribute('aria-label', label);
    else this.button.removeAttribute('aria-label');
    this.button.setAttribute('aria-busy', String(on('loading')));
  }
}

class SLink extends PreviewElement {
  static observedAttributes = ['href'];
  private readonly anchor: HTMLAnchorElement;
  constructor() {
    super();
    this.root.innerHTML = styled(
      'a{color:#1773b0;font:0.9rem system-ui,sans-serif}',
      '<a target="_blank" rel="noopener"><slot></slot></a>',
    );
    this.anchor = this.root.querySelector('a') as HTMLAnchorElement;
  }
  protected update(): void {
    this.anchor.href = this.getAttribute('href') ?? '#';
  }
}

class SProductThumbnail extends PreviewElement {
  static observedAttributes = ['src', 'alt'];
  private readonly image: HTMLImageElement;
  constructor() {
    super();
    this.root.innerHTML = styled(
      ':host{display:block;width:64px;height:64px;border-radius:8px;border:1px solid #ddd;background:#f1f1f1;overflow:hidden}img{width:100%;height:100%;object-fit:cover}img:not([src]){display:none}',
      '<img>',
    );
    this.image = this.root.querySelector('img') as HTMLImageElement;
  }
  protected update(): void {
    const src = this.getAttribute('src');
    if (src) this.image.src = src;
    else this.image.removeAttribute('src');
    this.image.alt = this.getAttribute('alt') ?? '';
  }
}

class SSkeletonParagraph extends PreviewElement {
  constructor() {
    super();
    this.root.innerHTML = styled(
      ':host{display:block}i{display:block;height:10px;margin:6px 0;border-radius:4px;background:linear-gradient(90deg,#eee,#e0e0e0,#eee);background-size:200% 100%;animation:s 1.2s infinite}i+i{width:70%}@keyframes s{to{background-position:-200% 0}}',
      '<i></i><i></i>',
    );
  }
  protected update(): void {
    // Custom element constructors may not add attributes; connecting may.
    this.setAttribute('aria-busy', 'true');
  }
}

export const POLARIS_ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
  's-stack': SStack,
  's-grid': SGrid,
  's-heading': SHeading,
  's-text': SText,
  's-badge': SBadge,
  's-button': SButton,
  's-link': SLink,
  's-product-thumbnail': SProductThumbnail,
  's-skeleton-paragraph': SSkeletonParagraph,
};

/** Registers the renderings in this frame (each extension frame is its own realm, as checkout sandboxes are). */
export function definePolarisElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(POLARIS_ELEMENTS))
    if (!registry.get(tag)) registry.define(tag, element);
}
