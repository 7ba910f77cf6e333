DAY = "2025-08-16"
SENTS = [
 ("Vladimir Putin and Donald Trump met for nearly three hours at a military base in Anchorage on Friday.", ["person:vladimir-putin MEETS person:donald-trump"], ["person:vladimir-putin MEETS USA"]),
 ("It was the Russian leader's first visit to the United States in a decade.", ["person:vladimir-putin MEETS USA"], []),
 ("The summit produced no ceasefire, and Trump later said a peace agreement rather than a truce was the goal.", [], []),
 ("European leaders, who were not invited, flew to Washington with Volodymyr Zelensky three days later.", [], []),
 ("Russia launched 85 drones and a ballistic missile at Ukraine overnight, Kyiv's air force said.", ["RUS ATTACKS UKR"]),
]
