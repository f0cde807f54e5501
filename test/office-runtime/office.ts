// The parts of the `Office` namespace an Excel add-in touches at start-up: onReady, requirement
// sets, display language, theme and `Office.actions.associate` (ribbon commands).

export interface OfficeThemeOptions {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
  themeId: string;
}

export const DEFAULT_THEME: OfficeThemeOptions = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
  isDarkTheme: false,
  themeId: "Colorful",
};

export const HOST_TYPES = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

export const PLATFORM_TYPES = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

/** `"1.10"` > `"1.9"`: compare dotted versions part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** What the fake `event` passed to an associated function records. */
export interface ActionCompletion {
  actionId: string;
  options: unknown;
}

export interface ActionInvocation {
  /** The event object the function received. */
  event: { source: { id: string }; completed(options?: unknown): void };
  /** What the function returned (often a promise). */
  returned: unknown;
  /** Resolves with the options passed to `event.completed()`, when the function calls it. */
  completed: Promise<unknown>;
}

export interface OfficeFakeOptions {
  requirementSets: Record<string, string>;
  displayLanguage: string;
  contentLanguage: string;
  platform: string;
  theme: OfficeThemeOptions;
}

export function createOfficeFake(options: OfficeFakeOptions) {
  const associated = new Map<string, (event?: unknown) => unknown>();
  const completions: ActionCompletion[] = [];

  const isSetSupported = (name: string, minVersion?: string | number): boolean => {
    const supported = Object.entries(options.requirementSets).find(([set]) => set.toLowerCase() === String(name).toLowerCase());
    if (!supported) return false;
    if (minVersion === undefined || minVersion === null || minVersion === "") return true;
    const wanted = typeof minVersion === "number" ? minVersion.toFixed(1) : minVersion;
    return compareVersions(supported[1], wanted) >= 0;
  };

  const info = { host: HOST_TYPES.Excel, platform: options.platform };

  const Office = {
    HostType: HOST_TYPES,
    PlatformType: PLATFORM_TYPES,
    // office.js exposes the browser's Promise as Office.Promise, and its own start-up code calls it.
    Promise,
    initialize: undefined as undefined | ((reason: string) => void),
    onReady(callback?: (info: { host: string; platform: string }) => unknown): Promise<{ host: string; platform: string }> {
      return Promise.resolve().then(() => {
        callback?.({ ...info });
        return { ...info };
      });
    },
    context: {
      host: HOST_TYPES.Excel,
      platform: options.platform,
      displayLanguage: options.displayLanguage,
      contentLanguage: options.contentLanguage,
      officeTheme: { ...options.theme },
      diagnostics: { host: HOST_TYPES.Excel, platform: options.platform, version: "16.0.0.0" },
      requirements: { isSetSupported },
    },
    actions: {
      associate(actionId: string, actionFunction: (event?: unknown) => unknown): void {
        associated.set(actionId, actionFunction);
      },
    },
  };

  /** Run an associated function as Office would after a ribbon click. */
  function invokeAction(actionId: string): ActionInvocation {
    const fn = associated.get(actionId);
    if (!fn) throw new Error(`No function is associated with the action id "${actionId}".`);
    let resolveCompleted: (value: unknown) => void = () => undefined;
    const completed = new Promise<unknown>((resolve) => {
      resolveCompleted = resolve;
    });
    const event = {
      source: { id: actionId },
      completed(completedOptions?: unknown) {
        completions.push({ actionId, options: completedOptions });
        resolveCompleted(completedOptions);
      },
    };
    const returned = fn(event);
    return { event, returned, completed };
  }

  return { Office, isSetSupported, invokeAction, completions, associated };
}
