DAY = "2017-07-14"
SENTS = [
 ("Donald Trump watched the Bastille Day parade in Paris on Friday as the guest of Emmanuel Macron, who invited him to mark a century since American troops joined the First World War.", ["person:donald-trump MEETS person:emmanuel-macron", "person:donald-trump MEETS FRA"], []),
 ("The two presidents had dinner at a restaurant in the Eiffel Tower the evening before.", ["person:donald-trump MEETS person:emmanuel-macron"], ["person:donald-trump MEETS FRA"]),
 ("Macron criticised Trump's decision to withdraw from the Paris climate agreement but said the two countries remained close allies.", ["person:emmanuel-macron CONDEMNS person:donald-trump", "FRA ALLIED_WITH USA"], []),
 ("French and American forces are fighting together against Islamic State in Iraq and Syria.", ["FRA ATTACKS org:ISIS", "USA ATTACKS org:ISIS"], ["FRA ALLIED_WITH USA", "FRA DEPLOYS_TROOPS IRQ", "USA DEPLOYS_TROOPS IRQ", "FRA DEPLOYS_TROOPS SYR", "USA DEPLOYS_TROOPS SYR"]),
 ("Trump praised Macron as a great leader and a tough guy.", ["person:donald-trump SUPPORTS person:emmanuel-macron"], []),
]
