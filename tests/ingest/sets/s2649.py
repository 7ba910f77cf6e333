DAY = "2018-11-12"
SENTS = [
 ("About 70 world leaders, among them Donald Trump and Vladimir Putin, gathered in Paris on Sunday to mark a hundred years since the end of the First World War.", ["person:donald-trump MEETS FRA", "person:vladimir-putin MEETS FRA"], ["person:donald-trump MEETS person:vladimir-putin"]),
 ("Emmanuel Macron, the host, said in a speech at the Arc de Triomphe that nationalism was a betrayal of patriotism, a remark widely seen as aimed at Mr. Trump.", [], ["person:emmanuel-macron CONDEMNS person:donald-trump", "person:emmanuel-macron MEETS person:donald-trump"]),
 ("Mr. Trump and Mr. Putin exchanged a thumbs-up and spoke briefly at a lunch for the leaders.", ["person:donald-trump MEETS person:vladimir-putin"], []),
 ("Mr. Trump had angered his host days earlier by calling Mr. Macron's proposal for a European army very insulting.", ["person:donald-trump CONDEMNS person:emmanuel-macron"], []),
 ("Angela Merkel and Mr. Macron laid a wreath together at Compiegne, where the armistice was signed, on Saturday.", ["person:angela-merkel MEETS person:emmanuel-macron"], []),
]
