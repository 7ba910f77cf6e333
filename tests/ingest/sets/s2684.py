DAY = "1984-06-07"
SENTS = [
 ("President Reagan, Queen Elizabeth II, President Francois Mitterrand and the leaders of five other Allied nations gathered on the beaches of Normandy on Wednesday for the 40th anniversary of the D-Day landings.", [], ["person:ronald-reagan MEETS FRA", "person:ronald-reagan MEETS person:francois-mitterrand", "person:elizabeth-ii MEETS person:francois-mitterrand", "person:ronald-reagan MEETS person:elizabeth-ii"]),
 ("At Pointe du Hoc, Reagan paid tribute to the American Rangers who scaled the cliffs and said America and Western Europe were bound together by their sacrifice.", [], ["USA ALLIED_WITH bloc:WEST"]),
 ("West German Chancellor Helmut Kohl was not invited, which many Germans resented.", ["person:helmut-kohl LEADS DEU"], []),
 ("Earlier in the week Reagan had visited Ireland, where he addressed parliament in Dublin and toured his ancestors' village.", ["person:ronald-reagan MEETS IRL"], []),
]
