// expect: Your output does not show `name`
var available = torch.cuda.is_available();
var name = available ? torch.cuda.get_device_name() : "cpu";
